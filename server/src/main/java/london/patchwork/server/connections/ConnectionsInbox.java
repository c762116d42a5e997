package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.KnownObjects;
import london.patchwork.server.inbox.Routes;

import java.net.URI;
import java.util.Optional;

/** Peer hubs' ties as Relationships; and the ones kept here, so a Delete naming one by id reaches them. */
@Singleton
class ConnectionsInbox implements InboxRoutes, KnownObjects {

    private final KeepRelationshipHandler keep;
    private final DeleteRelationshipHandler delete;
    private final TieRepository ties;

    ConnectionsInbox(KeepRelationshipHandler keep, DeleteRelationshipHandler delete, TieRepository ties) {
        this.keep = keep;
        this.delete = delete;
        this.ties = ties;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Relationship", keep)
                .on("Update", "Relationship", keep)
                .on("Delete", "Relationship", delete);
    }

    @Override
    public Optional<String> typeOf(URI id) {
        return ties.findByUri(id.toString()).map(tie -> "Relationship");
    }
}
