package london.patchwork.server.site;

/**
 * Whether this hub has joined up with other hubs, so every page's navigation links the views across hubs. The
 * kernel asks; the capability that keeps the hubs answers.
 */
public interface JoinedUp {

    boolean joinedUp();
}
