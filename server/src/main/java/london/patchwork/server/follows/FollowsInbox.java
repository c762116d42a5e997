package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Following: remote actors following local ones, and the answers to the follows local actors send. */
@Singleton
public class FollowsInbox implements InboxRoutes {

    private final FollowHandler follow;
    private final UndoFollowHandler undoFollow;
    private final AcceptFollowHandler acceptFollow;
    private final RejectFollowHandler rejectFollow;

    public FollowsInbox(FollowHandler follow, UndoFollowHandler undoFollow, AcceptFollowHandler acceptFollow,
                        RejectFollowHandler rejectFollow) {
        this.follow = follow;
        this.undoFollow = undoFollow;
        this.acceptFollow = acceptFollow;
        this.rejectFollow = rejectFollow;
    }

    @Override
    public void register(Routes routes) {
        routes.onAny("Follow", follow)
                .on("Undo", "Follow", undoFollow)
                .on("Accept", "Follow", acceptFollow)
                .on("Reject", "Follow", rejectFollow);
    }
}
