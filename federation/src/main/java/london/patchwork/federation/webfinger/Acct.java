package london.patchwork.federation.webfinger;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import london.patchwork.federation.fetch.Origin;

/**
 * An account handle, {@code user@domain} (RFC 7565 {@code acct:} URIs). The domain is canonical
 * (lower case, punycode, no trailing dot) and may carry a port, which development setups on one
 * machine need; the user keeps its case, since servers disagree on whether it matters.
 *
 * @param user   the user part: letters, digits and {@code - . _ ~}
 * @param domain the canonical host, optionally {@code :port}
 */
public record Acct(String user, String domain) {

    private static final int MAX_USER = 256;

    /** Requires a valid user part and a canonical domain; use {@link #parse(String)} for text. */
    public Acct {
        if (user == null || user.isEmpty() || user.length() > MAX_USER || !user.chars().allMatch(Acct::isUserChar)) {
            throw new IllegalArgumentException("bad user part");
        }
        if (domain == null || !canonicalDomain(domain).map(domain::equals).orElse(false)) {
            throw new IllegalArgumentException("domain is not canonical: " + domain);
        }
    }

    /**
     * Reads a handle as users type it or as it appears in documents: {@code acct:alice@hub.example},
     * {@code @alice@hub.example} or {@code alice@hub.example}; surrounding whitespace is ignored.
     *
     * @throws WebFingerException when it is none of those
     */
    public static Acct parse(String text) throws WebFingerException {
        if (text == null) {
            throw new WebFingerException("no handle");
        }
        String handle = text.strip();
        if (handle.regionMatches(true, 0, "acct:", 0, 5)) {
            handle = handle.substring(5);
        } else if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        int at = handle.indexOf('@');
        if (at <= 0 || at != handle.lastIndexOf('@') || at == handle.length() - 1) {
            throw new WebFingerException("a handle is user@domain: " + abbreviate(text));
        }
        String user = handle.substring(0, at);
        if (user.length() > MAX_USER || !user.chars().allMatch(Acct::isUserChar)) {
            throw new WebFingerException("bad user part in " + abbreviate(text));
        }
        Optional<String> domain = canonicalDomain(handle.substring(at + 1));
        if (domain.isEmpty()) {
            throw new WebFingerException("bad domain in " + abbreviate(text));
        }
        return new Acct(user, domain.get());
    }

    /** {@code acct:user@domain}. */
    public String toUri() {
        return "acct:" + user + "@" + domain;
    }

    /** {@code @user@domain}, the form people write. */
    public String handle() {
        return "@" + user + "@" + domain;
    }

    /** Whether another handle names the same account: the user compared without case, the domain canonically. */
    public boolean sameAccount(Acct other) {
        return other != null && user.equalsIgnoreCase(other.user) && domain.equals(other.domain);
    }

    /**
     * The WebFinger query URL for this handle at its own domain (RFC 7033 section 4).
     *
     * @param scheme {@code https}, or {@code http} for a development setup
     */
    public URI webFingerUrl(String scheme) {
        // ':' and '@' may stand unencoded in a query; the user part holds only unreserved characters.
        return URI.create(scheme + "://" + domain + "/.well-known/webfinger?resource=" + toUri());
    }

    @Override
    public String toString() {
        return user + "@" + domain;
    }

    private static Optional<String> canonicalDomain(String domain) {
        if (domain.isEmpty() || domain.length() > 300) {
            return Optional.empty();
        }
        return Origin.parse("https://" + domain + "/").filter(origin -> !domain.contains("/") && !domain.contains("?")
                        && !domain.contains("#") && !domain.contains("@"))
                .map(origin -> domain.toLowerCase(Locale.ROOT).matches(".*:\\d+$")
                        ? origin.host() + ":" + origin.port() : origin.host());
    }

    private static boolean isUserChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
