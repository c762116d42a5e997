package london.patchwork.federation.signatures;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an HTTP client will put on the wire for a target URL: the {@code Host} header (host, plus
 * the port only when it is not the scheme's default, as the JDK HttpClient sends it) and the
 * origin-form request target (raw path, {@code /} when empty, and raw query). Signing these exact
 * strings is what lets the receiver rebuild the same signing string.
 *
 * @param scheme lower-case {@code http} or {@code https}
 * @param host   the Host header value
 * @param target the request target
 */
record OutgoingTarget(String scheme, String host, String target) {

    static OutgoingTarget of(URI uri) {
        Checks.notNull(uri, "target");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new HttpSignatureException("only http and https targets can be signed: " + uri);
        }
        if (uri.getHost() == null) {
            throw new HttpSignatureException("the target has no host: " + uri);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
        String host = defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new OutgoingTarget(scheme, host, target);
    }

    /** Checks a signer's arguments and reads the target. */
    static OutgoingTarget of(OutgoingRequest request, Instant now) {
        Checks.notNull(request, "request");
        Checks.notNull(now, "now");
        return of(request.target());
    }

    /** The start of every signer's answer: a fresh {@code Date}, in an ordered map the signer adds to. */
    static Map<String, String> dated(Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("Date", HttpDates.format(now));
        return added;
    }

    /** A POST, or anything with a body, carries a digest, as the verifier's profile demands. */
    static boolean needsDigest(OutgoingRequest request) {
        return request.body().length > 0 || request.method().toUpperCase(Locale.ROOT).equals("POST");
    }

    static Optional<String> header(OutgoingRequest request, String name) {
        for (Map.Entry<String, String> entry : request.headers().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return Optional.of(entry.getValue().strip());
            }
        }
        return Optional.empty();
    }

    static String checkKeyId(String keyId) {
        Checks.notBlank(keyId, "keyId");
        for (int i = 0; i < keyId.length(); i++) {
            char c = keyId.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
                throw new HttpSignatureException("keyId must be printable ASCII without quotes or backslashes");
            }
        }
        return keyId;
    }
}
