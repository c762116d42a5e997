package london.patchwork.server.follows;

/**
 * A remote actor accepted a local actor's follow, told to whoever waits for it (joining up with a hub waits for its
 * Group's Accept before fetching its history) without the follows kernel knowing who that is.
 */
public record FollowAccepted(long followerId, long followedId) {
}
