package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a record did not type: properties we do not model (or could not read, such as a date or an IRI
 * that does not parse), the elements of a list that could not be read (under the list's own key, beside
 * the typed ones) and the extra entries of a {@code type} array. They are written back unchanged, so
 * nothing a peer sent is silently lost.
 *
 * <p>Keys are canonical compact names (see docs/federation/vocabulary.md); values are deep copies,
 * so an instance is immutable.
 */
public final class Extras {

    /** No extra properties and no extra types. */
    public static final Extras EMPTY = new Extras(Map.of(), List.of());

    private final Map<String, JsonNode> properties;
    private final List<String> types;

    private Extras(Map<String, JsonNode> properties, List<String> types) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(Objects.requireNonNull(k), v.deepCopy()));
        this.properties = Collections.unmodifiableMap(copy);
        this.types = List.copyOf(types);
    }

    /**
     * @param properties extra properties by compact name
     * @param types      extra type names, after the one the record stands for
     * @return extras holding copies of both
     */
    public static Extras of(Map<String, JsonNode> properties, List<String> types) {
        return properties.isEmpty() && types.isEmpty() ? EMPTY : new Extras(properties, types);
    }

    /**
     * @param properties extra properties by compact name
     * @return extras with only properties
     */
    public static Extras of(Map<String, JsonNode> properties) {
        return of(properties, List.of());
    }

    /**
     * @param name a compact property name
     * @return a copy of its value, if present
     */
    public Optional<JsonNode> get(String name) {
        JsonNode v = properties.get(name);
        return v == null ? Optional.empty() : Optional.of(v.deepCopy());
    }

    /** @return the names of the extra properties, in the order they were read */
    public Set<String> names() {
        return properties.keySet();
    }

    /** @return a copy of all extra properties */
    public Map<String, JsonNode> asMap() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    /** @return extra type names (a {@code type} array's entries after the one understood) */
    public List<String> types() {
        return types;
    }

    /**
     * @param name  a compact property name
     * @param value its value
     * @return these extras plus (or with a replaced) {@code name}
     */
    public Extras with(String name, JsonNode value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(properties);
        copy.put(name, value);
        return of(copy, types);
    }

    /** @return true when there is nothing extra */
    public boolean isEmpty() {
        return properties.isEmpty() && types.isEmpty();
    }

    /** Package-private view without copying, for the writer. */
    Map<String, JsonNode> view() {
        return properties;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras e && properties.equals(e.properties) && types.equals(e.types);
    }

    @Override
    public int hashCode() {
        return Objects.hash(properties, types);
    }

    @Override
    public String toString() {
        return "Extras" + properties.keySet() + (types.isEmpty() ? "" : " types=" + types);
    }
}
