package london.patchwork.federation.nodeinfo;

import java.net.URI;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchedJson;
import london.patchwork.federation.fetch.Origin;

/**
 * Reads other servers' NodeInfo through the {@link FetchClient}: first the discovery document at
 * {@code /.well-known/nodeinfo}, then the newest schema it links to. The linked URL may sit on
 * another host; it is fetched under the same SSRF guard as everything else.
 */
public final class NodeInfoClient {

    private final FetchClient fetch;

    public NodeInfoClient(FetchClient fetch) {
        this.fetch = fetch;
    }

    /** Fetches {@code origin/.well-known/nodeinfo}. */
    public NodeInfoDiscovery discover(Origin origin) throws FetchException {
        FetchedJson fetched = fetch.getJson(URI.create(origin + "/.well-known/nodeinfo"), DocumentKind.NODEINFO);
        try {
            return NodeInfoDiscovery.parse(fetched.json());
        } catch (NodeInfoException e) {
            throw new FetchException.InvalidDocument(fetched.url(), e.getMessage(), e);
        }
    }

    /** Fetches a NodeInfo document. */
    public NodeInfo fetch(URI schemaUrl) throws FetchException {
        FetchedJson fetched = fetch.getJson(schemaUrl, DocumentKind.NODEINFO);
        try {
            return NodeInfo.parse(fetched.json());
        } catch (NodeInfoException e) {
            throw new FetchException.InvalidDocument(fetched.url(), e.getMessage(), e);
        }
    }

    /**
     * Discovers and fetches a server's NodeInfo.
     *
     * @throws FetchException a fetch failed, or {@link FetchException.InvalidDocument} when the
     *                        discovery document links no NodeInfo 2.x document
     */
    public NodeInfo fetchFor(Origin origin) throws FetchException {
        NodeInfoDiscovery discovery = discover(origin);
        URI schema = discovery.schemaUrl().orElseThrow(() -> new FetchException.InvalidDocument(
                URI.create(origin + "/.well-known/nodeinfo"), "no NodeInfo 2.x link", null));
        return fetch(schema);
    }
}
