package london.patchwork.federation.signatures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @query-param} rules of RFC 9421 §2.2.8: parse the query as
 * {@code application/x-www-form-urlencoded} (lenient percent-decoding, {@code +} as space) and
 * re-encode names and values with every byte outside {@code A-Z a-z 0-9 * - . _} percent-encoded,
 * spaces as {@code %20}. Re-encoding makes {@code bar=with+plus} and {@code bar=with%20plus}
 * sign alike.
 */
final class QueryParams {

    private QueryParams() {
    }

    /** @return the re-encoded values of every parameter whose re-encoded name equals {@code encodedName} */
    static List<String> values(String query, String encodedName) {
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (encode(decode(name)).equals(encodedName)) {
                values.add(encode(decode(value)));
            }
        }
        return values;
    }

    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '*' || c == '-' || c == '.' || c == '_') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
