package london.patchwork.server.inbox;

/**
 * One capability's inbox routes: which handler applies which activity. Each capability has one bean of this type
 * ({@code PostsInbox}, {@code FollowsInbox}, ...), which reads as that capability's table of contents; the
 * registry collects them all at start-up, so the inbox never imports a capability.
 */
public interface InboxRoutes {

    void register(Routes routes);
}
