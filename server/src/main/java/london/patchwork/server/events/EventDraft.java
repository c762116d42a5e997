package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event's checked values, ready to store: what {@link EventInput#check} makes of what a member typed, and what an
 * importer builds from an outside calendar. An all-day event starts at midnight in its zone and ends at the midnight
 * after its last day (exclusive, as iCalendar's DTEND).
 *
 * @param organiserIds         local actors who may edit it besides its author
 * @param capacity             null for no limit
 * @param imageMediaId         an image the author uploaded through the media API
 * @param sourceSubscriptionId set by the calendar subscriptions for an imported event; null otherwise
 */
public record EventDraft(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        boolean allDay,
        @Nullable RecurrenceFrequency recurrenceFrequency,
        int recurrenceInterval,
        @Nullable LocalDate recurrenceUntil,
        @Nullable Integer recurrenceCount,
        List<LocalDate> exceptionDates,
        EventPlace place,
        @Nullable String onlineUrl,
        List<Long> organiserIds,
        @Nullable String category,
        List<String> tags,
        @Nullable Integer capacity,
        JoinMode joinMode,
        @Nullable String externalJoinUrl,
        EventStatus status,
        @Nullable Long imageMediaId,
        @Nullable String imageDescription,
        @Nullable Long sourceSubscriptionId,
        @Nullable String sourceUid,
        @Nullable String sourceUrl) {

    public EventDraft withOrganisers(List<Long> ids) {
        return new EventDraft(title, description, startsAt, endsAt, timeZone, allDay, recurrenceFrequency,
                recurrenceInterval, recurrenceUntil, recurrenceCount, exceptionDates, place, onlineUrl, ids, category,
                tags, capacity, joinMode, externalJoinUrl, status, imageMediaId, imageDescription,
                sourceSubscriptionId, sourceUid, sourceUrl);
    }

    public EventDraft withImage(@Nullable Long mediaId) {
        return new EventDraft(title, description, startsAt, endsAt, timeZone, allDay, recurrenceFrequency,
                recurrenceInterval, recurrenceUntil, recurrenceCount, exceptionDates, place, onlineUrl, organiserIds,
                category, tags, capacity, joinMode, externalJoinUrl, status, mediaId, imageDescription,
                sourceSubscriptionId, sourceUid, sourceUrl);
    }

    /** The imported event's origin, for the calendar subscriptions. */
    public EventDraft fromSource(long subscriptionId, String uid, @Nullable String url) {
        return new EventDraft(title, description, startsAt, endsAt, timeZone, allDay, recurrenceFrequency,
                recurrenceInterval, recurrenceUntil, recurrenceCount, exceptionDates, place, onlineUrl, organiserIds,
                category, tags, capacity, joinMode, externalJoinUrl, status, imageMediaId, imageDescription,
                subscriptionId, uid, url);
    }
}
