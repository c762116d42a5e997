package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Kumu's JSON import shape: {@code elements} become assets ({@code label} the name, {@code type} the kind, any
 * column of the assets CSV as an attribute) and {@code connections} ties between them, their ends naming an element
 * by {@code id}, else by {@code label}. Members (type {@code member}, as exports write them) are never created: they
 * and the ties that reach them are skipped with a warning. Metric attributes are ignored.
 */
final class KumuNetwork {

    static final String MEMBER = "member";

    private KumuNetwork() {
    }

    static ParsedImport read(byte[] file, @Nullable String category) {
        JsonNode network = JsonFiles.tree(file);
        if (!network.isObject() || !network.path("elements").isArray()) {
            throw new ImportRefused(400, "a Kumu file is an object with an elements array");
        }
        ParsedImport.Builder parsed = new ParsedImport.Builder(ImportFormat.KUMU);
        Set<String> members = new HashSet<>();
        List<JsonNode> elements = JsonFiles.array(network, "elements");
        for (int index = 0; index < elements.size(); index++) {
            element(index, elements.get(index), category, parsed, members);
        }
        List<JsonNode> connections = JsonFiles.array(network, "connections");
        for (int index = 0; index < connections.size(); index++) {
            connection(index, connections.get(index), parsed, members);
        }
        return parsed.build();
    }

    private static void element(int index, JsonNode element, @Nullable String category, ParsedImport.Builder parsed,
                                Set<String> members) {
        String kind = JsonFiles.text(element, "type") != null ? JsonFiles.text(element, "type")
                : JsonFiles.text(element, "kind");
        if (kind != null && MEMBER.equals(kind.strip().toLowerCase(Locale.ROOT))) {
            addName(members, JsonFiles.text(element, "id"));
            addName(members, JsonFiles.text(element, "label"));
            parsed.warn("element " + index + " is a member: members are not imported");
            return;
        }
        Double latitude = parsed.coordinate("element", index, "latitude", JsonFiles.text(element, "latitude"));
        Double longitude = parsed.coordinate("element", index, "longitude", JsonFiles.text(element, "longitude"));
        if (parsed.rejected("element", index)) {
            return;
        }
        parsed.asset(index, JsonFiles.text(element, "id"), AssetColumns.draft(
                name -> switch (name) {
                    case "name" -> JsonFiles.text(element, "label");
                    case "kind" -> kind;
                    default -> JsonFiles.text(element, name);
                }, name -> JsonFiles.list(element, name), category, latitude, longitude));
    }

    private static void connection(int index, JsonNode connection, ParsedImport.Builder parsed, Set<String> members) {
        String from = JsonFiles.text(connection, "from");
        String to = JsonFiles.text(connection, "to");
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            parsed.reject("connection", index, from == null || from.isBlank() ? "from" : "to",
                    "a connection needs both from and to");
            return;
        }
        if (members.contains(from.strip()) || members.contains(to.strip())) {
            parsed.warn("connection " + index + " reaches a member: skipped");
            return;
        }
        String direction = JsonFiles.text(connection, "direction");
        String wanted = direction == null ? null : direction.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && !List.of("directed", "mutual", "undirected").contains(wanted)) {
            parsed.reject("connection", index, "direction", "direction must be directed, mutual or undirected");
            return;
        }
        JsonNode strength = connection.get("strength");
        if (strength != null && !strength.isNull() && !strength.canConvertToInt()) {
            parsed.reject("connection", index, "strength", "strength must be a whole number");
            return;
        }
        String type = JsonFiles.text(connection, "type");
        String note = JsonFiles.text(connection, "description");
        parsed.tie(new ParsedImport.TieRow(index, from.strip(), to.strip(), type == null ? "" : type.strip(),
                wanted == null ? null : !"directed".equals(wanted), strength == null || strength.isNull() ? null : strength.asInt(),
                note == null ? "" : note.strip()));
    }

    private static void addName(Set<String> names, @Nullable String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }
}
