package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An outside iCalendar feed the hub follows; its events are imported as the hub's own (see {@link ImportedEvents}).
 *
 * @param addedBy      the organiser member's actor who added it; null for the organiser token
 * @param etag         the feed's ETag at the last full fetch, sent back as {@code If-None-Match}
 * @param lastModified the feed's Last-Modified at the last full fetch, sent back as {@code If-Modified-Since}
 * @param lastStatus   how the last fetch went; a failure keeps what was imported before
 * @param lastError    why the last fetch failed, for organisers
 * @param eventCount   events imported from it now
 * @param nextFetchAt  when the refresher takes it next
 * @param syncingUntil held while a fetch and sync of it runs (a lease: a process that died lets go when it passes)
 */
@MappedEntity("calendar_subscriptions")
public record CalendarSubscription(
        @Id @GeneratedValue Long id,
        String url,
        String name,
        @Nullable Long addedBy,
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable Instant lastFetchedAt,
        Status lastStatus,
        @Nullable String lastError,
        int eventCount,
        Instant nextFetchAt,
        @Nullable Instant syncingUntil,
        Instant createdAt) {

    public enum Status { NEW, OK, NOT_MODIFIED, FAILED }
}
