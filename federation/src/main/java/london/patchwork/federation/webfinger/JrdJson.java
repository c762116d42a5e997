package london.patchwork.federation.webfinger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps JRD documents to and from JSON. Reading is tolerant where peers differ harmlessly
 * (missing aliases, unknown members, a single alias given as a string) and strict where a wrong
 * type would mean guessing (a link without a string {@code rel}).
 */
final class JrdJson {

    private static final int MAX_LINKS = 200;
    private static final int MAX_ALIASES = 100;

    private JrdJson() {
    }

    static Jrd read(JsonNode json) throws WebFingerException {
        if (json == null || !json.isObject()) {
            throw new WebFingerException("a JRD is a JSON object");
        }
        JsonNode subject = json.get("subject");
        if (subject == null || !subject.isTextual() || subject.textValue().isBlank()) {
            throw new WebFingerException("a JRD needs a string subject");
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode alias : items(json.get("aliases"), MAX_ALIASES, "aliases")) {
            if (alias.isTextual()) {
                aliases.add(alias.textValue());
            }
        }
        List<JrdLink> links = new ArrayList<>();
        for (JsonNode link : items(json.get("links"), MAX_LINKS, "links")) {
            links.add(readLink(link));
        }
        return new Jrd(subject.textValue(), aliases, stringMap(json.get("properties")), links);
    }

    private static JrdLink readLink(JsonNode link) throws WebFingerException {
        if (!link.isObject()) {
            throw new WebFingerException("a JRD link is an object");
        }
        JsonNode rel = link.get("rel");
        if (rel == null || !rel.isTextual()) {
            throw new WebFingerException("a JRD link needs a string rel");
        }
        return new JrdLink(rel.textValue(), text(link, "type"), text(link, "href"), text(link, "template"),
                nonNullValues(stringMap(link.get("titles"))), stringMap(link.get("properties")));
    }

    private static List<JsonNode> items(JsonNode node, int max, String name) throws WebFingerException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return node.isTextual() ? List.of(node) : List.of();
        }
        if (node.size() > max) {
            throw new WebFingerException("more than " + max + " " + name);
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** String-or-null members of an object; members of other types are left out. */
    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isTextual() || value.isNull()) {
                    out.put(entry.getKey(), value.isNull() ? null : value.textValue());
                }
            });
        }
        return out;
    }

    private static Map<String, String> nonNullValues(Map<String, String> map) {
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }

    static ObjectNode write(Jrd jrd) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        json.put("subject", jrd.subject());
        if (!jrd.aliases().isEmpty()) {
            jrd.aliases().forEach(json.putArray("aliases")::add);
        }
        if (!jrd.properties().isEmpty()) {
            ObjectNode properties = json.putObject("properties");
            jrd.properties().forEach(properties::put);
        }
        var links = json.putArray("links");
        for (JrdLink link : jrd.links()) {
            ObjectNode out = links.addObject();
            out.put("rel", link.rel());
            link.typeValue().ifPresent(type -> out.put("type", type));
            link.hrefValue().ifPresent(href -> out.put("href", href));
            link.templateValue().ifPresent(template -> out.put("template", template));
            if (!link.titles().isEmpty()) {
                ObjectNode titles = out.putObject("titles");
                link.titles().forEach(titles::put);
            }
            if (!link.properties().isEmpty()) {
                ObjectNode properties = out.putObject("properties");
                link.properties().forEach(properties::put);
            }
        }
        return json;
    }
}
