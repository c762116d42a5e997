package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a parsed scenario file (maps, lists, numbers and strings, as YAML or JSON parsers give them), read
 * field by field so that a bad value is reported with the file and the field's path, e.g.
 * {@code london.yaml: challenges[2].kind must be one of stop, slow, partition, was 'explode'}.
 */
final class ScenarioFields {

    private final String source;
    private final String path;
    private final Map<?, ?> values;
    private final Set<String> read = new LinkedHashSet<>();

    ScenarioFields(String source, String path, Object tree) {
        this.source = source;
        this.path = path;
        if (tree == null) {
            this.values = Map.of();
        } else if (tree instanceof Map<?, ?> map) {
            this.values = map;
        } else {
            throw new IllegalArgumentException(source + ": " + (path.isEmpty() ? "the file" : path)
                    + " must be a mapping of fields, was " + describe(tree));
        }
    }

    IllegalArgumentException invalid(String field, String problem) {
        return new IllegalArgumentException(source + ": " + name(field) + " " + problem);
    }

    String text(String field, String fallback) {
        Object value = value(field);
        if (value == null) {
            if (fallback == null) {
                throw invalid(field, "is missing");
            }
            return fallback;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(field, "must be text, was " + describe(value));
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            throw invalid(field, "must not be empty");
        }
        return text;
    }

    int integer(String field, int fallback, int min, int max) {
        double number = number(field, fallback);
        if (number != Math.rint(number)) {
            throw invalid(field, "must be a whole number, was " + value(field));
        }
        return (int) within(field, number, min, max);
    }

    double decimal(String field, double fallback, double min, double max) {
        return within(field, number(field, fallback), min, max);
    }

    /** A chance or share: from 0 to 1. */
    double chance(String field, double fallback) {
        return decimal(field, fallback, 0, 1);
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    ScenarioFields object(String field) {
        return new ScenarioFields(source, name(field), value(field));
    }

    List<ScenarioFields> list(String field) {
        Object value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw invalid(field, "must be a list, was " + describe(value));
        }
        List<ScenarioFields> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(new ScenarioFields(source, name(field) + "[" + i + "]", items.get(i)));
        }
        return result;
    }

    /** Fails on a field nobody read, which is most likely a misspelt one. */
    void finish() {
        for (Object key : values.keySet()) {
            if (!read.contains(String.valueOf(key))) {
                throw invalid(String.valueOf(key), "is not a field of this scenario section");
            }
        }
    }

    private Object value(String field) {
        read.add(field);
        return values.get(field);
    }

    private double number(String field, double fallback) {
        Object value = value(field);
        if (value == null) {
            if (Double.isNaN(fallback)) {
                throw invalid(field, "is missing");
            }
            return fallback;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw invalid(field, "must be a number, was " + describe(value));
    }

    private double within(String field, double number, double min, double max) {
        if (Double.isNaN(number) || number < min || number > max) {
            throw invalid(field, "must be between " + plain(min) + " and " + plain(max) + ", was " + plain(number));
        }
        return number;
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : Double.toString(number);
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return "'" + value + "'";
    }
}
