package london.patchwork.federation.signatures;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the draft-cavage {@code Signature} parameter list: comma-separated {@code name=value}
 * pairs in any order, values quoted (with backslash escapes) or bare tokens such as
 * {@code created=1402170695}, whitespace allowed around separators, unknown parameters ignored.
 * Parameter names are matched case-insensitively. A duplicated parameter is refused: two
 * {@code keyId}s leave it open which one the sender meant.
 */
final class CavageParser {

    /** Old node-http-signature versions prefix the header value with the auth scheme name. */
    private static final String SCHEME_PREFIX = "signature ";

    private final String text;
    private int pos;

    private CavageParser(String text) {
        this.text = text;
    }

    static CavageSignature parse(String headerValue) {
        String value = headerValue.strip();
        if (value.regionMatches(true, 0, SCHEME_PREFIX, 0, SCHEME_PREFIX.length())
                && !value.substring(SCHEME_PREFIX.length()).stripLeading().startsWith("=")) {
            value = value.substring(SCHEME_PREFIX.length());
        }
        Map<String, String> params = new CavageParser(value).parameters();
        String keyId = params.get("keyid");
        String signature = params.get("signature");
        if (keyId == null || keyId.isBlank() || signature == null || signature.isBlank()) {
            throw malformed("keyId and signature are required");
        }
        String algorithm = params.get("algorithm");
        algorithm = algorithm == null ? null : algorithm.toLowerCase(Locale.ROOT);
        String created = params.get("created");
        return new CavageSignature(keyId, algorithm, coveredHeaders(params.get("headers"), algorithm, created),
                created, params.get("expires"), decode(signature));
    }

    private static List<String> coveredHeaders(String headers, String algorithm, String created) {
        if (headers == null) {
            boolean hs2019 = algorithm == null || algorithm.equals("hs2019");
            return List.of(hs2019 && created != null ? "(created)" : "date");
        }
        String trimmed = headers.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw malformed("the headers parameter lists no header");
        }
        return Arrays.asList(trimmed.split("\\s+"));
    }

    private static byte[] decode(String signature) {
        try {
            return Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw malformed("the signature parameter is not valid base64");
        }
    }

    private Map<String, String> parameters() {
        Map<String, String> params = new HashMap<>();
        skipSpace();
        while (pos < text.length()) {
            String name = name();
            skipSpace();
            expect('=');
            skipSpace();
            String value = pos < text.length() && text.charAt(pos) == '"' ? quoted() : token();
            if (params.put(name, value) != null) {
                throw malformed("parameter " + name + " appears twice");
            }
            skipSpace();
            if (pos < text.length()) {
                expect(',');
                skipSpace();
            }
        }
        if (params.isEmpty()) {
            throw malformed("the Signature header is empty");
        }
        return params;
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw malformed("expected a parameter name at offset " + pos);
        }
        return text.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private String token() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && !isSpace(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                throw malformed("stray quote at offset " + pos);
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw malformed("unterminated quoted value");
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw malformed("expected '" + c + "' at offset " + pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    private static Rejection malformed(String message) {
        return new Rejection(FailureReason.MALFORMED, "Error parsing signature parameters: " + message);
    }
}
