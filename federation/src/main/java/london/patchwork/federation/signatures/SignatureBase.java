package london.patchwork.federation.signatures;

import java.util.List;

/** Builds the RFC 9421 signature base (§2.5): one line per covered component, then {@code @signature-params}. */
final class SignatureBase {

    private SignatureBase() {
    }

    static String build(MessageParts message, List<ComponentId> components, String signatureParams) {
        StringBuilder base = new StringBuilder(256);
        for (ComponentId id : components) {
            if (id.name().equals("@signature-params")) {
                throw new Rejection(FailureReason.MALFORMED, "@signature-params cannot be a covered component");
            }
            List<String> values = id.isDerived()
                    ? DerivedComponents.values(id, message)
                    : List.of(FieldComponents.value(id, message.headers()));
            for (String value : values) {
                base.append(id.serialized()).append(": ").append(singleLine(value)).append('\n');
            }
        }
        return base.append("\"@signature-params\": ").append(signatureParams).toString();
    }

    /** A line break inside a value (say, in a Host header) would forge a line of the base. */
    static String singleLine(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new Rejection(FailureReason.MALFORMED, "a signed value contains a line break");
        }
        return value;
    }
}
