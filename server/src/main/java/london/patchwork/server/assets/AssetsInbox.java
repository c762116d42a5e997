package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.AnnouncedObjects;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Peer hubs' maps: their assets as Places. */
@Singleton
class AssetsInbox implements InboxRoutes {

    private final KeepPlaceHandler keep;
    private final DeletePlaceHandler delete;
    private final AnnouncedObjects announced;

    AssetsInbox(KeepPlaceHandler keep, DeletePlaceHandler delete, AnnouncedObjects announced) {
        this.announced = announced;
        this.keep = keep;
        this.delete = delete;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Place", keep)
                .on("Update", "Place", keep)
                .on("Delete", "Place", delete)
                // A joined hub's Group sharing a Place by id: kept from its origin as its Create would be.
                .on("Announce", "Place", announced.keptBy(keep));
    }
}
