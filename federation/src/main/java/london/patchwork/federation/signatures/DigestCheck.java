package london.patchwork.federation.signatures;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a request body against its {@code Digest} (RFC 3230) or {@code Content-Digest}
 * (RFC 9530) header. SHA-256 and SHA-512 are understood; other algorithms are ignored, and a header
 * offering none of the two is refused. Every understood digest present must match.
 */
final class DigestCheck {

    private DigestCheck() {
    }

    /** @return the hashes that were checked and matched, e.g. {@code [SHA-256]} */
    static List<String> checkDigest(HeaderMap headers, byte[] body) {
        List<String> lines = headers.all("digest");
        if (lines.isEmpty()) {
            throw new Rejection(FailureReason.DIGEST_MISSING, "Digest header missing");
        }
        List<String> offered = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String entry : String.join(",", lines).split(",")) {
            int eq = entry.indexOf('=');
            String algorithm = (eq < 0 ? entry : entry.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            offered.add(algorithm);
            String jdkName = jdkName(algorithm);
            if (jdkName != null && eq >= 0) {
                byte[] given = base64(entry.substring(eq + 1).strip());
                compare(jdkName, body, given);
                checked.add(jdkName);
            }
        }
        if (checked.isEmpty()) {
            throw new Rejection(FailureReason.BAD_DIGEST,
                    "only SHA-256 and SHA-512 are supported in Digest; offered: " + String.join(", ", offered));
        }
        return checked;
    }

    /** @return the hashes that were checked and matched */
    static List<String> checkContentDigest(HeaderMap headers, byte[] body) {
        List<String> lines = headers.all("content-digest");
        if (lines.isEmpty()) {
            throw new Rejection(FailureReason.DIGEST_MISSING, "Content-Digest header missing");
        }
        Map<String, Sf.Member> digests;
        try {
            digests = SfParser.parseDictionary(String.join(", ", lines));
        } catch (Sf.ParseException e) {
            throw new Rejection(FailureReason.MALFORMED,
                    "Content-Digest could not be parsed. It does not contain a valid RFC 8941 dictionary.");
        }
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Sf.Member> entry : digests.entrySet()) {
            String jdkName = jdkName(entry.getKey());
            if (jdkName == null) {
                continue;
            }
            if (!(entry.getValue() instanceof Sf.Item item && item.value() instanceof Sf.Bytes bytes)) {
                throw new Rejection(FailureReason.MALFORMED, "Content-Digest " + entry.getKey() + " is not a byte sequence");
            }
            compare(jdkName, body, bytes.value());
            checked.add(jdkName);
        }
        if (checked.isEmpty()) {
            throw new Rejection(FailureReason.BAD_DIGEST,
                    "only sha-256 and sha-512 are supported in Content-Digest; offered: "
                            + String.join(", ", digests.keySet()));
        }
        return checked;
    }

    private static void compare(String jdkName, byte[] body, byte[] given) {
        byte[] computed = Digests.hash(jdkName, body);
        if (!MessageDigest.isEqual(computed, given)) {
            Base64.Encoder encoder = Base64.getEncoder();
            throw new Rejection(FailureReason.BAD_DIGEST, "Invalid Digest value. Computed " + jdkName + " digest: "
                    + encoder.encodeToString(computed) + "; given: " + encoder.encodeToString(given));
        }
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new Rejection(FailureReason.BAD_DIGEST, "Invalid Digest value. Not valid base64: " + value);
        }
    }

    private static String jdkName(String algorithm) {
        return switch (algorithm) {
            case "sha-256" -> "SHA-256";
            case "sha-512" -> "SHA-512";
            default -> null;
        };
    }
}
