package london.patchwork.server.moderating;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/** Reports from other servers. */
@Singleton
public class ModerationInbox implements InboxRoutes {

    private final FlagHandler flag;

    public ModerationInbox(FlagHandler flag) {
        this.flag = flag;
    }

    @Override
    public void register(Routes routes) {
        routes.onAny("Flag", flag);
    }
}
