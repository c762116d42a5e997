package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Defensive copies and small list helpers the records share. */
final class Lists {

    private Lists() {
    }

    /** @return an immutable copy; empty for null */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @return an immutable, order-keeping copy; empty for null */
    static <V> Map<String, V> map(Map<String, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** @return the first element, if any */
    static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** @return the IRI of the first reference, or null */
    static URI firstId(List<? extends Ref<?>> refs) {
        return refs.isEmpty() ? null : refs.get(0).id();
    }

    /** @return the embedded objects of one type among {@code refs} */
    static <T extends ApObject> List<T> embedded(List<Ref<ApObject>> refs, Class<T> type) {
        return refs.stream().flatMap(r -> r.embedded(type).stream()).toList();
    }
}
