package london.patchwork.server.delivery;

import java.net.URI;
import java.time.Instant;

/**
 * A delivery job this process holds a lease on. {@code attempts} already counts the attempt being made and
 * fences the job: a result is recorded only while the row still has this attempt number and is in flight, so a
 * worker that lost its lease cannot overwrite what another did with the job since.
 *
 * @param probe whether this is the single probe of a host whose circuit was open
 */
public record ClaimedJob(long id, long activityId, URI inbox, String host, int attempts, Instant queuedAt,
                         boolean probe) {
}
