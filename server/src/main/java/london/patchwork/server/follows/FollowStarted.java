package london.patchwork.server.follows;

/**
 * An actor now follows a local one (accepted), told to whoever cares (a member's notifications) without the
 * follows kernel knowing who that is.
 */
public record FollowStarted(long followerId, long followedId) {
}
