package london.patchwork.web.layout;

/**
 * What every page's frame shows: the hub's name in the header and, in local mode, a notice that this hub
 * is running for development only.
 *
 * @param hubName   the hub's display name
 * @param handle    the hub's fediverse handle, e.g. {@code @hackney@hackney.example}
 * @param localMode true when no public domain is configured
 * @param version   the Patchwork version, shown in the footer
 * @param joinedUp  true when this hub has joined up with other hubs: the navigation links the views across hubs
 */
public record Site(String hubName, String handle, boolean localMode, String version, boolean joinedUp) {

    public Site(String hubName, String handle, boolean localMode, String version) {
        this(hubName, handle, localMode, version, false);
    }

    public Site joinedUp(boolean joined) {
        return joined == joinedUp ? this : new Site(hubName, handle, localMode, version, joined);
    }
}
