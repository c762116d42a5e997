package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Peer hubs' maps: their assets as Places. */
@Singleton
class AssetsInbox implements InboxRoutes {

    private final CreatePlaceHandler create;
    private final UpdatePlaceHandler update;
    private final DeletePlaceHandler delete;

    AssetsInbox(CreatePlaceHandler create, UpdatePlaceHandler update, DeletePlaceHandler delete) {
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Create", "Place", create)
                .on("Update", "Place", update)
                .on("Delete", "Place", delete);
    }
}
