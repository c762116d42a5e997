package london.patchwork.federation.signatures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable HTTP header fields of a received message: names are case-insensitive and each name
 * keeps every field line it arrived with, in order. Signatures need the separate lines (RFC 9421
 * joins them with {@code ", "}; its {@code ;bs} parameter even encodes each line on its own), so a
 * plain {@code Map<String,String>} would lose information.
 */
public final class HeaderMap {

    private static final HeaderMap EMPTY = new HeaderMap(Map.of());

    private final Map<String, List<String>> fields;

    private HeaderMap(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** @return a map with no fields */
    public static HeaderMap empty() {
        return EMPTY;
    }

    /** @return a builder that accepts field lines one at a time */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Copies a multi-valued map, such as the one a servlet container or Netty exposes.
     *
     * @param fields field name to its lines, in arrival order
     * @return the immutable header map
     */
    public static HeaderMap of(Map<String, ? extends Collection<String>> fields) {
        Builder builder = builder();
        Checks.notNull(fields, "fields").forEach((name, values) -> {
            for (String value : Checks.notNull(values, "values of " + name)) {
                builder.add(name, value);
            }
        });
        return builder.build();
    }

    /**
     * Copies a map holding one line per field.
     *
     * @param fields field name to its only line
     * @return the immutable header map
     */
    public static HeaderMap ofSingle(Map<String, String> fields) {
        Builder builder = builder();
        Checks.notNull(fields, "fields").forEach(builder::add);
        return builder.build();
    }

    /**
     * @param name field name, any case
     * @return the first line of the field, if present
     */
    public Optional<String> first(String name) {
        List<String> values = fields.get(key(name));
        return values == null ? Optional.empty() : Optional.of(values.getFirst());
    }

    /**
     * @param name field name, any case
     * @return every line of the field in arrival order, empty when absent
     */
    public List<String> all(String name) {
        return fields.getOrDefault(key(name), List.of());
    }

    /**
     * @param name field name, any case
     * @return whether at least one line of the field is present
     */
    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /** @return the field names present, lower-cased */
    public Set<String> names() {
        return fields.keySet();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    private static String key(String name) {
        return Checks.notNull(name, "header name").toLowerCase(Locale.ROOT);
    }

    /** Collects field lines; names are folded to lower case. */
    public static final class Builder {

        private final Map<String, List<String>> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds one field line.
         *
         * @param name  field name, any case
         * @param value the line's value
         * @return this builder
         */
        public Builder add(String name, String value) {
            Checks.notNull(value, "value of header " + name);
            fields.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
            return this;
        }

        /** @return the immutable header map */
        public HeaderMap build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            return new HeaderMap(Collections.unmodifiableMap(copy));
        }
    }
}
