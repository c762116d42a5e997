package london.patchwork.server.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON formats' common reading: the file as a tree (read straight from its bytes), and lenient field access. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    /** @throws ImportRefused 400 naming the line and column where the JSON goes wrong */
    static JsonNode tree(byte[] file) {
        try {
            JsonNode tree = MAPPER.readTree(file);
            if (tree == null || tree.isMissingNode()) {
                throw new ImportRefused(400, "the file is empty");
            }
            return tree;
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + " (byte " + at.getByteOffset() + ")";
            throw new ImportRefused(400, "malformed JSON" + where + ": " + malformed.getOriginalMessage()
                    .lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field as text (numbers and booleans as written), or null when absent, null, an object or an array. */
    @Nullable
    static String text(@Nullable JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** A list field: a JSON array of values, or one string joined with {@code ;} as the CSV writes it. */
    static List<String> list(@Nullable JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return AssetColumns.split(value.asText());
        }
        List<String> values = new ArrayList<>();
        value.forEach(item -> {
            if (item.isValueNode() && !item.isNull()) {
                values.add(item.asText());
            }
        });
        return values;
    }

    /** The array a field holds, or an empty one. */
    static List<JsonNode> array(@Nullable JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }
}
