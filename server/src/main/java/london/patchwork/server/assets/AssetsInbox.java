package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Peer hubs' maps: their assets as Places. */
@Singleton
class AssetsInbox implements InboxRoutes {

    private final KeepPlaceHandler keep;
    private final DeletePlaceHandler delete;

    AssetsInbox(KeepPlaceHandler keep, DeletePlaceHandler delete) {
        this.keep = keep;
        this.delete = delete;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Place", keep)
                .on("Update", "Place", keep)
                .on("Delete", "Place", delete);
    }
}
