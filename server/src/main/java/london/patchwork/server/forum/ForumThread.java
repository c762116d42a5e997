package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * What the forum keeps about a thread; the thread's text is its first post, held by {@code posts}.
 *
 * @param postId       the thread's first post (a {@code Page}, or a blog {@code Article})
 * @param groupActorId the group it was posted to: the hub's Group, or a remote group this hub follows
 * @param categoryId   the hub's category, or null (remote groups' threads have none)
 */
@MappedEntity("forum_threads")
public record ForumThread(@Id Long postId, long groupActorId, @Nullable Long categoryId, @Nullable Instant pinnedAt,
                          boolean locked, int replyCount, Instant lastActivityAt, Instant createdAt) {
}
