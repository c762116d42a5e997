package london.patchwork.federation.nodeinfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import london.patchwork.federation.fetch.Origin;

/**
 * Maps NodeInfo documents to and from JSON. Only {@code version} and {@code software.name} are
 * required to read one: crawlers and servers publish partial documents, and a missing count is
 * better shown as unknown than the whole document refused.
 */
final class NodeInfoJson {

    private static final int MAX_LIST = 100;

    private NodeInfoJson() {
    }

    static NodeInfo read(JsonNode json) throws NodeInfoException {
        if (json == null || !json.isObject()) {
            throw new NodeInfoException("a NodeInfo document is a JSON object");
        }
        String version = text(json, "version");
        if (version == null || !version.startsWith("2.")) {
            throw new NodeInfoException("unsupported NodeInfo version " + version);
        }
        JsonNode software = json.get("software");
        String name = software == null ? null : text(software, "name");
        if (name == null || name.isBlank()) {
            throw new NodeInfoException("NodeInfo without software.name");
        }
        String softwareVersion = text(software, "version");
        NodeInfo.Software soft = new NodeInfo.Software(name, softwareVersion == null ? "" : softwareVersion,
                httpUri(text(software, "repository")), httpUri(text(software, "homepage")));
        JsonNode services = json.get("services");
        NodeInfo.Services serviceLists = services == null || !services.isObject() ? NodeInfo.Services.none()
                : new NodeInfo.Services(strings(services.get("inbound")), strings(services.get("outbound")));
        JsonNode open = json.get("openRegistrations");
        JsonNode metadata = json.get("metadata");
        return new NodeInfo(version, soft, strings(json.get("protocols")), serviceLists,
                open != null && open.isBoolean() && open.booleanValue(), usage(json.get("usage")),
                metadata != null && metadata.isObject() ? (ObjectNode) metadata : null);
    }

    private static NodeInfo.Usage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return new NodeInfo.Usage(NodeInfo.Users.unknown(), OptionalLong.empty(), OptionalLong.empty());
        }
        JsonNode users = usage.get("users");
        NodeInfo.Users counts = users == null || !users.isObject() ? NodeInfo.Users.unknown()
                : new NodeInfo.Users(count(users, "total"), count(users, "activeMonth"), count(users, "activeHalfyear"));
        return new NodeInfo.Usage(counts, count(usage, "localPosts"), count(usage, "localComments"));
    }

    /** A non-negative whole number, or empty for anything else (absent, negative, fractional, text). */
    private static OptionalLong count(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValue());
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                if (item.isTextual() && out.size() < MAX_LIST) {
                    out.add(item.textValue());
                }
            }
        }
        return out;
    }

    static String text(JsonNode object, String field) {
        JsonNode value = object.isObject() ? object.get(field) : null;
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** An http(s) URL, or null. */
    static URI httpUri(String text) {
        return text == null ? null : Origin.parse(text).map(origin -> URI.create(text)).orElse(null);
    }

    static ObjectNode write(NodeInfo info) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("version", "2.1");
        ObjectNode software = json.putObject("software");
        software.put("name", info.software().name());
        software.put("version", info.software().version());
        info.software().repositoryUrl().ifPresent(uri -> software.put("repository", uri.toString()));
        info.software().homepageUrl().ifPresent(uri -> software.put("homepage", uri.toString()));
        addAll(json.putArray("protocols"), info.protocols());
        ObjectNode services = json.putObject("services");
        addAll(services.putArray("inbound"), info.services().inbound());
        addAll(services.putArray("outbound"), info.services().outbound());
        json.put("openRegistrations", info.openRegistrations());
        ObjectNode usage = json.putObject("usage");
        ObjectNode users = usage.putObject("users");
        info.usage().users().total().ifPresent(n -> users.put("total", n));
        info.usage().users().activeMonth().ifPresent(n -> users.put("activeMonth", n));
        info.usage().users().activeHalfyear().ifPresent(n -> users.put("activeHalfyear", n));
        info.usage().localPosts().ifPresent(n -> usage.put("localPosts", n));
        info.usage().localComments().ifPresent(n -> usage.put("localComments", n));
        json.set("metadata", info.metadata().deepCopy());
        return json;
    }

    private static void addAll(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
