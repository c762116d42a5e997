package london.patchwork.federation.signatures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one labelled signature out of the {@code Signature-Input} and {@code Signature} dictionaries. */
final class MessageSignatureParser {

    private MessageSignatureParser() {
    }

    /**
     * @param label the label to read, or {@code null} for the first one in {@code Signature-Input}
     */
    static MessageSignature parse(HeaderMap headers, String label) {
        Map<String, Sf.Member> inputs = dictionary(headers, "signature-input");
        Map<String, Sf.Member> signatures = dictionary(headers, "signature");
        if (inputs.isEmpty()) {
            throw new Rejection(FailureReason.MISSING_SIGNATURE, "Signature-Input has no signature");
        }
        String chosen = label == null ? inputs.keySet().iterator().next() : label;
        if (!inputs.containsKey(chosen)) {
            throw new Rejection(FailureReason.MISSING_SIGNATURE, "no signature labelled " + chosen);
        }
        if (!(inputs.get(chosen) instanceof Sf.InnerList input)) {
            throw malformed("Signature-Input member " + chosen + " is not an inner list");
        }
        if (!(signatures.get(chosen) instanceof Sf.Item item && item.value() instanceof Sf.Bytes bytes)) {
            throw malformed("Signature has no byte sequence labelled " + chosen);
        }
        return build(chosen, input, bytes.value());
    }

    private static MessageSignature build(String label, Sf.InnerList input, byte[] signature) {
        List<ComponentId> components = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (Sf.Item item : input.items()) {
                ComponentId id = ComponentId.of(item);
                if (!seen.add(id.serialized())) {
                    throw malformed("component " + id.serialized() + " is covered twice");
                }
                components.add(id);
            }
        } catch (Sf.ParseException e) {
            throw malformed(e.getMessage());
        }
        Map<String, Sf.BareItem> params = input.params();
        String keyId = string(params, "keyid");
        if (keyId == null || keyId.isBlank()) {
            throw malformed("the keyid parameter is required");
        }
        return new MessageSignature(label, components, SfSerializer.member(input), keyId, string(params, "alg"),
                integer(params, "created"), integer(params, "expires"), string(params, "nonce"),
                string(params, "tag"), signature);
    }

    private static Map<String, Sf.Member> dictionary(HeaderMap headers, String name) {
        try {
            return SfParser.parseDictionary(String.join(", ", headers.all(name)));
        } catch (Sf.ParseException e) {
            throw malformed(name + " is not a valid structured dictionary: " + e.getMessage());
        }
    }

    private static String string(Map<String, Sf.BareItem> params, String name) {
        Sf.BareItem value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Sf.Str str) {
            return str.value();
        }
        throw malformed("the " + name + " parameter must be a string");
    }

    private static Long integer(Map<String, Sf.BareItem> params, String name) {
        Sf.BareItem value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Sf.Int number && number.value() >= 0) {
            return number.value();
        }
        throw malformed("the " + name + " parameter must be a non-negative integer");
    }

    private static Rejection malformed(String message) {
        return new Rejection(FailureReason.MALFORMED, message);
    }
}
