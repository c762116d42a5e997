package london.patchwork.server.inbox;

import jakarta.inject.Singleton;

/**
 * The routes the inbox answers itself: activities about the sending actor, and creates, edits and deletes of
 * objects no capability holds or keeps (each ignored with the reason why).
 */
@Singleton
public class KernelInbox implements InboxRoutes {

    private final UpdateActorHandler updateActor;
    private final DeleteActorHandler deleteActor;
    private final UnheldObjectHandler unheld;

    public KernelInbox(UpdateActorHandler updateActor, DeleteActorHandler deleteActor, UnheldObjectHandler unheld) {
        this.updateActor = updateActor;
        this.deleteActor = deleteActor;
        this.unheld = unheld;
    }

    @Override
    public void register(Routes routes) {
        routes.onActor("Update", updateActor)
                .onActor("Delete", deleteActor)
                .onAny("Create", unheld)
                .onAny("Update", unheld)
                .onAny("Delete", unheld);
    }
}
