package london.patchwork.federation.nodeinfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code /.well-known/nodeinfo} document: links to the NodeInfo documents a server publishes
 * and, per FEP-2677, to its application actor (the instance actor that signs its fetches).
 *
 * @param links the links, in document order
 */
public record NodeInfoDiscovery(List<Link> links) {

    /** The relation of a NodeInfo 2.1 document. */
    public static final String REL_2_1 = "http://nodeinfo.diaspora.software/ns/schema/2.1";
    /** The relation of a NodeInfo 2.0 document. */
    public static final String REL_2_0 = "http://nodeinfo.diaspora.software/ns/schema/2.0";
    /** FEP-2677: the relation of the server's application actor. */
    public static final String REL_APPLICATION_ACTOR = "https://www.w3.org/ns/activitystreams#Application";

    private static final int MAX_LINKS = 50;

    /**
     * One discovery link.
     *
     * @param rel  its relation
     * @param href its target
     */
    public record Link(String rel, String href) {
        /** Requires both members. */
        public Link {
            Objects.requireNonNull(rel, "rel");
            Objects.requireNonNull(href, "href");
        }
    }

    /** Copies the links. */
    public NodeInfoDiscovery {
        links = List.copyOf(links);
    }

    /** What a server publishes: its 2.1 document and, when it has one, its application actor. */
    public static NodeInfoDiscovery forServer(URI nodeInfo21, URI applicationActor) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(REL_2_1, nodeInfo21.toString()));
        if (applicationActor != null) {
            links.add(new Link(REL_APPLICATION_ACTOR, applicationActor.toString()));
        }
        return new NodeInfoDiscovery(links);
    }

    /** Reads a discovery document; links without string {@code rel} and {@code href} are skipped. */
    public static NodeInfoDiscovery parse(JsonNode json) throws NodeInfoException {
        if (json == null || !json.isObject()) {
            throw new NodeInfoException("a NodeInfo discovery document is a JSON object");
        }
        JsonNode links = json.get("links");
        if (links == null || !links.isArray()) {
            throw new NodeInfoException("a NodeInfo discovery document needs a links array");
        }
        List<Link> out = new ArrayList<>();
        for (JsonNode link : links) {
            String rel = NodeInfoJson.text(link, "rel");
            String href = NodeInfoJson.text(link, "href");
            if (rel != null && href != null && out.size() < MAX_LINKS) {
                out.add(new Link(rel, href));
            }
        }
        return new NodeInfoDiscovery(out);
    }

    /** The newest NodeInfo document linked: 2.1, else 2.0 (http(s) URLs only). */
    public Optional<URI> schemaUrl() {
        return href(REL_2_1).or(() -> href(REL_2_0));
    }

    /** The FEP-2677 application actor, when linked. */
    public Optional<URI> applicationActor() {
        return href(REL_APPLICATION_ACTOR);
    }

    /** The JSON form, ready to serve as {@code application/json}. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        var array = json.putArray("links");
        links.forEach(link -> array.addObject().put("rel", link.rel()).put("href", link.href()));
        return json;
    }

    private Optional<URI> href(String rel) {
        return links.stream().filter(link -> link.rel().equals(rel))
                .map(link -> NodeInfoJson.httpUri(link.href())).filter(Objects::nonNull).findFirst();
    }
}
