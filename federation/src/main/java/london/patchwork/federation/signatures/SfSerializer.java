package london.patchwork.federation.signatures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Serialises Structured Field Values (RFC 9651 §4.1). RFC 9421 builds the {@code @signature-params}
 * line and {@code ;sf}/{@code ;key} component values from this canonical form, so a verifier and a
 * signer that disagree on whitespace still agree on the signature base.
 */
final class SfSerializer {

    private SfSerializer() {
    }

    static String dictionary(Map<String, Sf.Member> dictionary) {
        StringBuilder out = new StringBuilder();
        dictionary.forEach((key, member) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(key);
            if (member instanceof Sf.Item item && item.value() instanceof Sf.Bool bool && bool.value()) {
                appendParams(out, item.params());
            } else {
                out.append('=');
                appendMember(out, member);
            }
        });
        return out.toString();
    }

    static String list(List<Sf.Member> members) {
        StringBuilder out = new StringBuilder();
        for (Sf.Member member : members) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            appendMember(out, member);
        }
        return out.toString();
    }

    static String member(Sf.Member member) {
        StringBuilder out = new StringBuilder();
        appendMember(out, member);
        return out.toString();
    }

    static String bareItem(Sf.BareItem item) {
        return switch (item) {
            case Sf.Int i -> Long.toString(i.value());
            case Sf.Dec d -> decimal(d.value());
            case Sf.Str s -> quote(s.value());
            case Sf.Token t -> t.value();
            case Sf.Bytes b -> ':' + Base64.getEncoder().encodeToString(b.value()) + ':';
            case Sf.Bool b -> b.value() ? "?1" : "?0";
            case Sf.Date d -> "@" + d.seconds();
        };
    }

    private static void appendMember(StringBuilder out, Sf.Member member) {
        switch (member) {
            case Sf.Item item -> {
                out.append(bareItem(item.value()));
                appendParams(out, item.params());
            }
            case Sf.InnerList list -> {
                out.append('(');
                for (int i = 0; i < list.items().size(); i++) {
                    if (i > 0) {
                        out.append(' ');
                    }
                    appendMember(out, list.items().get(i));
                }
                out.append(')');
                appendParams(out, list.params());
            }
        }
    }

    private static void appendParams(StringBuilder out, Map<String, Sf.BareItem> params) {
        params.forEach((key, value) -> {
            out.append(';').append(key);
            if (!(value instanceof Sf.Bool bool && bool.value())) {
                out.append('=').append(bareItem(value));
            }
        });
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
        return text;
    }
}
