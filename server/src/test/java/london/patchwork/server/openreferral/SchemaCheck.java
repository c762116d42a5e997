package london.patchwork.server.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON-schema checker for the hand-written schemas in {@code src/test/resources/openreferral/} (see the
 * README there): type, required, properties, items, enum, format and {@code $ref} to a sibling file.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private SchemaCheck() {
    }

    /** What is wrong with the value against the schema file, each with its JSON path; empty when it conforms. */
    public static List<String> problems(String schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(load(schema), value, "$", problems);
        return problems;
    }

    static JsonNode load(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/openreferral/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            check(load(schema.get("$ref").asText()), value, path, problems);
            return;
        }
        if (schema.has("type") && !hasType(schema.get("type").asText(), value)) {
            problems.add(path + " should be " + schema.get("type").asText() + " but is " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + " is " + value + ", not one of " + schema.get("enum"));
            }
        }
        if (schema.has("format") && value.isTextual() && !hasFormat(schema.get("format").asText(), value.asText())) {
            problems.add(path + " is " + value + ", not a " + schema.get("format").asText());
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(path + " lacks required " + required.asText());
                }
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (value.has(property.getKey())) {
                    check(property.getValue(), value.get(property.getKey()), path + "." + property.getKey(), problems);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("SchemaCheck does not know the type " + type);
        };
    }

    static boolean hasFormat(String format, String text) {
        return switch (format) {
            case "uuid" -> UUID.matcher(text).matches();
            case "email" -> EMAIL.matcher(text).matches();
            case "uri" -> absolute(text);
            case "date" -> parses(() -> LocalDate.parse(text));
            case "date-time" -> parses(() -> OffsetDateTime.parse(text));
            default -> throw new IllegalArgumentException("SchemaCheck does not know the format " + format);
        };
    }

    private static boolean absolute(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
