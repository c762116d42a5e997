package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Values of RFC 9421 HTTP field components (§2.1), with the {@code sf}, {@code key} and {@code bs} parameters. */
final class FieldComponents {

    /** Obsolete line folding: a line break followed by whitespace becomes one space (RFC 9112 §5.2). */
    private static final Pattern OBS_FOLD = Pattern.compile("\\r?\\n[ \\t]+");

    private FieldComponents() {
    }

    static String value(ComponentId id, HeaderMap headers) {
        for (String param : id.params().keySet()) {
            if (!param.equals("sf") && !param.equals("key") && !param.equals("bs")) {
                throw new Rejection(FailureReason.MALFORMED, "unsupported parameter ;" + param + " on " + id.name());
            }
        }
        List<String> lines = headers.all(id.name());
        if (lines.isEmpty()) {
            throw new Rejection(FailureReason.MISSING_HEADER, "covered header " + id.name() + " is missing");
        }
        List<String> canonical = new ArrayList<>(lines.size());
        for (String line : lines) {
            canonical.add(canonicalLine(line));
        }
        boolean structured = id.flag("sf") || id.params().containsKey("key");
        if (id.flag("bs")) {
            if (structured) {
                throw new Rejection(FailureReason.MALFORMED, ";bs cannot be combined with ;sf or ;key");
            }
            return byteSequences(canonical);
        }
        String combined = String.join(", ", canonical);
        if (id.params().containsKey("key")) {
            return dictionaryMember(id, combined);
        }
        return structured ? reserialize(id, combined) : combined;
    }

    /** Trims and unfolds one field line; a bare line break left inside would forge extra base lines. */
    static String canonicalLine(String line) {
        return SignatureBase.singleLine(OBS_FOLD.matcher(line).replaceAll(" ").strip());
    }

    private static String byteSequences(List<String> canonical) {
        List<String> encoded = new ArrayList<>(canonical.size());
        for (String line : canonical) {
            encoded.add(':' + Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8)) + ':');
        }
        return String.join(", ", encoded);
    }

    private static String dictionaryMember(ComponentId id, String combined) {
        String key = id.stringParam("key").orElseThrow(
                () -> new Rejection(FailureReason.MALFORMED, "the key parameter must be a string"));
        Map<String, Sf.Member> dictionary = parseDictionary(id, combined);
        Sf.Member member = dictionary.get(key);
        if (member == null) {
            throw new Rejection(FailureReason.MISSING_HEADER, id.name() + " has no member " + key);
        }
        return SfSerializer.member(member);
    }

    /**
     * Without a registry of field types, try dictionary first, then list: the two serialise a
     * field that parses as both identically, so the order cannot change a signature base.
     */
    private static String reserialize(ComponentId id, String combined) {
        try {
            return SfSerializer.dictionary(SfParser.parseDictionary(combined));
        } catch (Sf.ParseException notDictionary) {
            try {
                return SfSerializer.list(SfParser.parseList(combined));
            } catch (Sf.ParseException notList) {
                throw new Rejection(FailureReason.MALFORMED, id.name() + " is not a structured field");
            }
        }
    }

    private static Map<String, Sf.Member> parseDictionary(ComponentId id, String combined) {
        try {
            return SfParser.parseDictionary(combined);
        } catch (Sf.ParseException e) {
            throw new Rejection(FailureReason.MALFORMED,
                    id.name().toLowerCase(Locale.ROOT) + " is not a structured dictionary: " + e.getMessage());
        }
    }
}
