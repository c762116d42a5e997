package london.patchwork.federation.fetch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Response headers: names compared without case, each name with the values in the order received.
 */
public final class HttpHeaders {

    private final Map<String, List<String>> values;

    private HttpHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Headers with no entries. */
    public static HttpHeaders empty() {
        return new HttpHeaders(Map.of());
    }

    /** Collects header lines as they are read. */
    static final class Builder {
        private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Builder add(String name, String value) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        HttpHeaders build() {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((name, list) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(list)));
            return new HttpHeaders(Collections.unmodifiableMap(copy));
        }
    }

    /** The first value of a header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of a header, in the order received; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The header names present, lower case. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
