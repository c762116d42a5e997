package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.outbox.HubCollection;

import java.util.List;
import java.util.Optional;

/**
 * The hub's own ties, for its Group's {@code connections} collection: each the Relationship its id serves. A tie an
 * end of which cannot be named on the wire is not served at its id either, so it is left out of its page.
 */
@Singleton
class ConnectionsCollection implements HubCollection {

    private final TieRepository ties;
    private final ConnectionFederation federation;

    ConnectionsCollection(TieRepository ties, ConnectionFederation federation) {
        this.ties = ties;
        this.federation = federation;
    }

    @Override
    public String name() {
        return "connections";
    }

    @Override
    public long count() {
        return ties.countListedLocal();
    }

    @Override
    public List<ApObject> page(int offset, int limit) {
        return ties.listedLocal(offset, limit).stream().map(federation::document).flatMap(Optional::stream)
                .<ApObject>map(document -> document).toList();
    }
}
