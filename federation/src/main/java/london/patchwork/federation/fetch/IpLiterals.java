package london.patchwork.federation.fetch;

import java.util.Optional;

/**
 * Strict parsing of IP literals written in URLs. Written by hand rather than through
 * {@code InetAddress.getByName}, which may fall back to a DNS lookup and accepts legacy forms
 * ({@code 127.1}, octal, hexadecimal) that other URL parsers read differently.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** Four decimal octets without leading zeros, or empty. */
    static Optional<byte[]> parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            out[i] = (byte) value;
        }
        return Optional.of(out);
    }

    /** An IPv6 literal without brackets or zone id (RFC 4291 text forms), or empty. */
    static Optional<byte[]> parseV6(String text) {
        if (text.isEmpty() || text.length() > 45 || text.contains("%")) {
            return Optional.empty();
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        if (gap < 0) {
            return parseGroups(text, 8, true).map(IpLiterals::toBytes);
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        Optional<int[]> before = head.isEmpty() ? Optional.of(new int[0]) : parseGroups(head, 7, false);
        Optional<int[]> after = tail.isEmpty() ? Optional.of(new int[0]) : parseGroups(tail, 7, true);
        if (before.isEmpty() || after.isEmpty() || before.get().length + after.get().length > 7) {
            return Optional.empty();
        }
        int[] words = new int[8];
        System.arraycopy(before.get(), 0, words, 0, before.get().length);
        System.arraycopy(after.get(), 0, words, 8 - after.get().length, after.get().length);
        return Optional.of(toBytes(words));
    }

    /** Parses colon-separated groups (the last may be a dotted quad worth two groups); exactly {@code max} when no gap. */
    private static Optional<int[]> parseGroups(String text, int max, boolean mayEndInV4) {
        String[] parts = text.split(":", -1);
        boolean v4Tail = mayEndInV4 && parts[parts.length - 1].contains(".");
        int count = parts.length + (v4Tail ? 1 : 0);
        if (count > 8 || (max == 8 && count != 8)) {
            return Optional.empty();
        }
        int[] words = new int[count];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (v4Tail && i == parts.length - 1) {
                Optional<byte[]> v4 = parseV4(part);
                if (v4.isEmpty()) {
                    return Optional.empty();
                }
                byte[] b = v4.get();
                words[i] = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
                words[i + 1] = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            } else {
                if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(HttpSyntax::isHex)) {
                    return Optional.empty();
                }
                words[i] = Integer.parseInt(part, 16);
            }
        }
        return Optional.of(words);
    }

    private static byte[] toBytes(int[] words) {
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (words[i] >> 8);
            out[2 * i + 1] = (byte) words[i];
        }
        return out;
    }

    /** The RFC 5952 text of 16 address bytes: lower case, longest zero run compressed. */
    static String formatV6(byte[] bytes) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(words[i]));
        }
        return out.toString();
    }
}
