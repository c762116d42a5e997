package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.AnnouncedObjects;
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
    private final AnnouncedObjects announced;

    ConnectionsInbox(KeepRelationshipHandler keep, DeleteRelationshipHandler delete, TieRepository ties,
                     AnnouncedObjects announced) {
        this.announced = announced;
        this.keep = keep;
        this.delete = delete;
        this.ties = ties;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Relationship", keep)
                .on("Update", "Relationship", keep)
                .on("Delete", "Relationship", delete)
                // A joined hub's Group sharing a tie by id: kept from its origin as its Create would be.
                .on("Announce", "Relationship", announced.keptBy(keep));
    }

    @Override
    public Optional<String> typeOf(URI id) {
        return ties.findByUri(id.toString()).map(tie -> "Relationship");
    }
}
