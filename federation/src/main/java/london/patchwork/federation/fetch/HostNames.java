package london.patchwork.federation.fetch;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Canonical host names: ASCII (IDN to punycode), lower case, without a trailing dot; IPv4 as
 * strict dotted quads and IPv6 in RFC 5952 form inside brackets. One spelling per host, so that
 * comparing strings compares hosts.
 */
final class HostNames {

    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private HostNames() {
    }

    /**
     * The canonical form of a host as written in a URL or an {@code acct:} URI, or empty when it is
     * not a usable host. IPv6 literals must be bracketed.
     */
    static Optional<String> canonical(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 1024) {
            return Optional.empty();
        }
        if (raw.charAt(0) == '[') {
            if (raw.length() < 3 || raw.charAt(raw.length() - 1) != ']') {
                return Optional.empty();
            }
            return IpLiterals.parseV6(raw.substring(1, raw.length() - 1))
                    .map(bytes -> "[" + IpLiterals.formatV6(bytes) + "]");
        }
        String converted;
        try {
            converted = IDN.toASCII(raw, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
        String ascii = converted.endsWith(".") ? converted.substring(0, converted.length() - 1) : converted;
        if (ascii.isEmpty() || ascii.length() > MAX_NAME) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        String last = labels[labels.length - 1];
        // A name whose last label is numeric is an IPv4 address to a WHATWG parser and to inet_aton
        // ("127.1", "0x7f.1", "2130706433"): only the unambiguous dotted quad is accepted.
        if (!last.isEmpty() && (last.chars().allMatch(Character::isDigit) || last.startsWith("0x"))) {
            return IpLiterals.parseV4(ascii).map(bytes -> ascii);
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAX_LABEL || !label.chars().allMatch(HostNames::isNameChar)) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /** The address bytes when a canonical host is an IP literal, without any lookup. */
    static Optional<byte[]> literalAddress(String canonicalHost) {
        if (canonicalHost.startsWith("[")) {
            return IpLiterals.parseV6(canonicalHost.substring(1, canonicalHost.length() - 1));
        }
        return IpLiterals.parseV4(canonicalHost);
    }

    private static boolean isNameChar(int c) {
        // Underscores are not valid in host names but do occur in the wild (and in DNS), so they pass.
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
