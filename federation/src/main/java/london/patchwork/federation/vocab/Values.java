package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import london.patchwork.federation.jsonld.CanonicalContext;

/**
 * Conversions from one JSON value to one Java value. Each returns null when the value has another
 * shape, so the caller keeps the property as an extra instead of guessing; only IRIs that cannot
 * be parsed at all throw, and {@link Props} decides what that costs: the value where it is optional,
 * the document where it is identity.
 */
final class Values {

    private static final CanonicalContext CANONICAL = CanonicalContext.get();

    private Values() {
    }

    /**
     * Unwraps what JSON-LD compaction may leave around a scalar: a value object
     * ({@code {"@value": ..., "@type": ...}}) or a bare node reference ({@code {"id": ...}}).
     */
    static JsonNode scalar(JsonNode v) {
        if (v.isObject()) {
            if (v.has("@value")) {
                return v.get("@value");
            }
            if (v.size() == 1 && v.has("id")) {
                return v.get("id");
            }
        }
        return v;
    }

    static String text(JsonNode v) {
        JsonNode s = scalar(v);
        return s.isTextual() ? s.asText() : null;
    }

    static Boolean bool(JsonNode v) {
        JsonNode s = scalar(v);
        return s.isBoolean() ? s.asBoolean() : null;
    }

    static Integer integer(JsonNode v) {
        JsonNode s = scalar(v);
        if (s.isIntegralNumber()) {
            return s.canConvertToInt() ? s.intValue() : null;
        }
        if (s.isNumber()) {
            try {
                return s.decimalValue().intValueExact();
            } catch (ArithmeticException notAnInt) {
                return null;
            }
        }
        return null;
    }

    static Double decimal(JsonNode v) {
        JsonNode s = scalar(v);
        if (!s.isNumber()) {
            return null;
        }
        double d = s.doubleValue();
        return Double.isFinite(d) ? d : null;
    }

    static OffsetDateTime dateTime(JsonNode v) {
        String s = text(v);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant instant(JsonNode v) {
        OffsetDateTime t = dateTime(v);
        return t == null ? null : t.toInstant();
    }

    /**
     * @param v        a string (or bare node reference) holding an IRI
     * @param property the property it came from, for the error message
     * @return the IRI, with a canonical compact IRI ({@code as:Public}) expanded; null if not a string
     * @throws VocabException if the string is not an IRI even after escaping stray characters
     */
    static URI iri(JsonNode v, String property) {
        String s = text(v);
        return s == null ? null : parseIri(s, property);
    }

    /** @see #iri(JsonNode, String) */
    static URI parseIri(String value, String property) {
        String expanded = CANONICAL.expandIri(value);
        try {
            return new URI(expanded);
        } catch (URISyntaxException e) {
            // Peers send IRIs with characters java.net.URI refuses (templates such as {{DOMAIN}},
            // spaces, non-breaking spaces); percent-encoding them is what a browser would do.
            try {
                return new URI(escape(expanded));
            } catch (URISyntaxException stillBad) {
                throw new VocabException(VocabException.Reason.INVALID_VALUE,
                        property + " is not an IRI: " + abbreviate(value), stillBad);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            boolean stray = cp <= 0x20 || cp == 0x7f || "\"<>\\^`{|}".indexOf(cp) >= 0
                    || (cp > 0x7f && (Character.isSpaceChar(cp) || Character.isISOControl(cp)));
            if (stray) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
