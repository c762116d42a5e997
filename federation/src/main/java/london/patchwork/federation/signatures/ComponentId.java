package london.patchwork.federation.signatures;

import java.util.Map;
import java.util.Optional;

/**
 * One covered component of an RFC 9421 signature: a derived component ({@code @method}) or a field
 * ({@code content-digest}), with parameters such as {@code ;sf}, {@code ;key="a"}, {@code ;bs} or
 * {@code ;name="q"}.
 *
 * @param name       the component name as it appears in the inner list
 * @param params     its parameters, in order
 * @param serialized the canonical identifier that starts its line in the signature base
 */
record ComponentId(String name, Map<String, Sf.BareItem> params, String serialized) {

    static ComponentId of(Sf.Item item) throws Sf.ParseException {
        if (!(item.value() instanceof Sf.Str name)) {
            throw new Sf.ParseException("a covered component must be a string");
        }
        return new ComponentId(name.value(), item.params(), SfSerializer.member(item));
    }

    static ComponentId named(String name) {
        Sf.Item item = Sf.Item.of(new Sf.Str(name));
        return new ComponentId(name, Map.of(), SfSerializer.member(item));
    }

    boolean isDerived() {
        return name.startsWith("@");
    }

    boolean flag(String param) {
        return params.get(param) instanceof Sf.Bool bool && bool.value();
    }

    Optional<String> stringParam(String param) {
        return params.get(param) instanceof Sf.Str value ? Optional.of(value.value()) : Optional.empty();
    }

    Sf.Item toItem() {
        return new Sf.Item(new Sf.Str(name), params);
    }
}
