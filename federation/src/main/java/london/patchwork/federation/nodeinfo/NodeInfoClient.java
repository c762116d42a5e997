package london.patchwork.federation.nodeinfo;

import java.net.URI;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.Origin;

/**
 * Reads other servers' NodeInfo through the {@link FetchClient}: first the discovery document at
 * {@code /.well-known/nodeinfo}, then the newest schema it links to. The linked URL may sit on
 * another host; it is fetched under the same SSRF guard as everything else.
 */
public final class NodeInfoClient {

    private final FetchClient fetch;

    /**
     * A client that fetches through the given fetch client.
     *
     * @param fetch the fetch client (its policy decides http or https, private networks or not)
     */
    public NodeInfoClient(FetchClient fetch) {
        this.fetch = fetch;
    }

    /** Fetches {@code origin/.well-known/nodeinfo}. */
    public NodeInfoDiscovery discover(Origin origin) throws FetchException {
        return fetch.getDocument(URI.create(origin + "/.well-known/nodeinfo"), DocumentKind.NODEINFO,
                NodeInfoDiscovery::parse);
    }

    /** Fetches a NodeInfo document. */
    public NodeInfo fetch(URI schemaUrl) throws FetchException {
        return fetch.getDocument(schemaUrl, DocumentKind.NODEINFO, NodeInfo::parse);
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
