package london.patchwork.server.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A remote group (a Lemmy community, a NodeBB category, another hub's Group) the hub's Group follows, as listed.
 *
 * @param state   {@code pending} until the group accepts, then {@code accepted}
 * @param threads how many of its threads are held here
 */
@Introspected
public record FollowedGroup(long actorId, String uri, String username, @Nullable String host,
                            @Nullable String displayName, @Nullable String url, String state, long threads,
                            @Nullable Instant lastActivityAt) {

    /** The handle people type: {@code name@host}. */
    public String handle() {
        return host == null ? username : username + "@" + host;
    }

    public String name() {
        return displayName == null || displayName.isBlank() ? handle() : displayName;
    }
}
