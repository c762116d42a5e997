package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A local hub this instance has joined up with: its Group actor, followed here, whose content (kept by each
 * capability in its own tables) is recognised by {@link #origin}.
 *
 * @param origin         {@code scheme://host[:port]} of the hub, what every URI it publishes starts with
 * @param area           the borough (or other area) the hub says it serves, if it says
 * @param reachable      whether the directory's last read of the hub's NodeInfo and actor succeeded
 * @param backfillState  {@code pending}, {@code running}, {@code done} or {@code failed}
 * @param backfillCursor where a backfill interrupted by a restart resumes (the backfill's own text)
 */
@MappedEntity("hubs")
public record Hub(@Id @GeneratedValue @Nullable Long id, long actorId, String origin, String handle,
                  @Nullable String name, @Nullable String summary, @Nullable String area, @Nullable String software,
                  @Nullable Integer members, @Nullable Integer posts, @Nullable Instant addedAt,
                  @Nullable Long addedBy, @Nullable Instant refreshedAt, @Nullable Boolean reachable,
                  @Nullable Instant lastActivityAt, String backfillState,
                  @Nullable String backfillCursor, int backfillItems,
                  @Nullable String backfillError, @Nullable Instant backfillNextAt) {

    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
