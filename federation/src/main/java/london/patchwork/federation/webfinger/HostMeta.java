package london.patchwork.federation.webfinger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The host-meta document (RFC 6415) that points older clients and servers at WebFinger: one
 * {@code lrdd} link whose template is the WebFinger URL with {@code {uri}} where the resource goes.
 * Served as XRD at {@code /.well-known/host-meta} and as JSON at {@code /.well-known/host-meta.json}.
 *
 * <pre>{@code
 * HostMeta meta = new HostMeta("https://hackney.example/.well-known/webfinger?resource={uri}");
 * meta.xml();   // <XRD ...><Link rel="lrdd" type="application/jrd+json" template="..."/></XRD>
 * meta.json();  // {"links":[{"rel":"lrdd","type":"application/jrd+json","template":"..."}]}
 * }</pre>
 *
 * @param lrddTemplate the WebFinger URL template; must contain {@code {uri}}
 */
public record HostMeta(String lrddTemplate) {

    /** The XRD media type the XML form is served as. */
    public static final String XRD_XML = "application/xrd+xml";
    /** The relation of the link to WebFinger. */
    public static final String REL_LRDD = "lrdd";
    /** What the template's WebFinger endpoint answers with. */
    public static final String JRD_JSON = "application/jrd+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Requires a template with the {@code {uri}} variable and no control characters (no URL has them; XML forbids most). */
    public HostMeta {
        Objects.requireNonNull(lrddTemplate, "lrddTemplate");
        if (!lrddTemplate.contains("{uri}")) {
            throw new IllegalArgumentException("an LRDD template needs {uri}: " + lrddTemplate);
        }
        if (lrddTemplate.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an LRDD template has no control characters");
        }
    }

    /** @return the XRD document, UTF-8, with the template escaped for an XML attribute */
    public String xml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
                  <Link rel="%s" type="%s" template="%s"/>
                </XRD>
                """.formatted(REL_LRDD, JRD_JSON, escapeAttribute(lrddTemplate));
    }

    /** @return the JSON form as a tree: {@code {"links": [{"rel": "lrdd", "type": ..., "template": ...}]}} */
    public ObjectNode jsonTree() {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("links").addObject()
                .put("rel", REL_LRDD)
                .put("type", JRD_JSON)
                .put("template", lrddTemplate);
        return root;
    }

    /** @return the JSON form, serialised */
    public String json() {
        try {
            return JSON.writeValueAsString(jsonTree());
        } catch (JsonProcessingException impossibleForATree) {
            throw new IllegalStateException("a JSON tree could not be written", impossibleForATree);
        }
    }

    /** Escapes what may not stand in a double-quoted XML attribute value (and {@code '} and {@code >} for good measure). */
    static String escapeAttribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
