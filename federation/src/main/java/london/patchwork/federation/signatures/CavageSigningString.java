package london.patchwork.federation.signatures;

import java.util.List;
import java.util.Locale;

/**
 * Builds the draft-cavage-12 signing string (§2.3) from a request. Signer and verifier share this
 * code, so what is signed is by construction what is checked.
 */
final class CavageSigningString {

    static final String REQUEST_TARGET = "(request-target)";

    private CavageSigningString() {
    }

    /**
     * @param withQuery whether {@code (request-target)} includes the query string; older Mastodon
     *                  versions signed without it, and Mastodon still accepts that form
     * @param created   the raw {@code created} parameter, or null
     * @param expires   the raw {@code expires} parameter, or null
     */
    static String build(String method, String target, HeaderMap headers, List<String> covered,
                        String created, String expires, boolean withQuery) {
        StringBuilder out = new StringBuilder(256);
        for (String name : covered) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(name).append(": ");
            switch (name) {
                case REQUEST_TARGET -> out.append(method.toLowerCase(Locale.ROOT)).append(' ')
                        .append(SignatureBase.singleLine(withQuery ? target : withoutQuery(target)));
                case "(created)" -> out.append(pseudoHeader(name, created));
                case "(expires)" -> out.append(pseudoHeader(name, expires));
                default -> out.append(headerValue(name, headers));
            }
        }
        return out.toString();
    }

    static String withoutQuery(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    private static String pseudoHeader(String name, String value) {
        if (value == null) {
            throw new Rejection(FailureReason.MALFORMED,
                    "Pseudo-header " + name + " used but corresponding parameter missing");
        }
        return value;
    }

    /** Multiple lines of one field are joined with ", " in arrival order (§2.3, step 2). */
    private static String headerValue(String name, HeaderMap headers) {
        List<String> lines = headers.all(name);
        if (lines.isEmpty()) {
            throw new Rejection(FailureReason.MISSING_HEADER, "covered header " + name + " is missing");
        }
        StringBuilder value = new StringBuilder();
        for (String line : lines) {
            if (!value.isEmpty()) {
                value.append(", ");
            }
            value.append(FieldComponents.canonicalLine(line));
        }
        return value.toString();
    }
}
