package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An event or meetup, local or remote. Start and end are instants with the IANA zone the event was planned in; the
 * wall-clock times are {@link #localStart()} and {@link #localEnd()}. Recurrence is kept as the parts of an RRULE
 * (frequency, interval, until or count) and the dates left out (EXDATE), as ISO dates.
 *
 * @param id                   local events take it from {@link CalendarEventRepository#nextId()}: their uri holds it
 * @param uri                  the event's ActivityPub id
 * @param authorId             the member (or the hub's Group) who created it; for a remote event, its actor
 * @param url                  a remote event's page at its origin
 * @param description          the Markdown a member typed; for a remote event, its sanitised HTML
 * @param summary              a remote event's summary as sent; local summaries are made when published
 * @param endsAt               null only for remote events that gave no end
 * @param exceptionDates       ISO dates (yyyy-MM-dd) on which a recurring event does not happen
 * @param organiserIds         local actors who may edit it besides the hub's organisers (the author first)
 * @param capacity             places; null for no limit
 * @param externalJoinUrl      where to sign up when {@code joinMode} is {@link JoinMode#EXTERNAL}
 * @param remoteParticipantCount what a remote event's origin says of its participants
 * @param sequence             iCalendar's SEQUENCE: bumped on every change
 * @param sourceSubscriptionId the calendar subscription an imported event came from
 * @param sourceUid            the imported event's UID in that feed
 * @param sourceUrl            the imported event's URL upstream
 * @param raw                  a remote event's document as received
 */
@MappedEntity("calendar_events")
public record CalendarEvent(
        @Id Long id,
        String uri,
        boolean local,
        long authorId,
        @Nullable String url,
        String title,
        String description,
        String descriptionHtml,
        @Nullable String summary,
        Instant startsAt,
        @Nullable Instant endsAt,
        String timeZone,
        boolean allDay,
        @Nullable RecurrenceFrequency recurrenceFrequency,
        int recurrenceInterval,
        @Nullable LocalDate recurrenceUntil,
        @Nullable Integer recurrenceCount,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> exceptionDates,
        @Nullable String placeName,
        @Nullable String streetAddress,
        @Nullable String locality,
        @Nullable String region,
        @Nullable String postcode,
        @Nullable String country,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String onlineUrl,
        @TypeDef(type = DataType.LONG_ARRAY) List<Long> organiserIds,
        @Nullable String category,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> tags,
        @Nullable Integer capacity,
        JoinMode joinMode,
        @Nullable String externalJoinUrl,
        EventStatus status,
        @Nullable Long imageMediaId,
        @Nullable String imageUrl,
        @Nullable String imageDescription,
        @Nullable Integer remoteParticipantCount,
        int sequence,
        @Nullable Long sourceSubscriptionId,
        @Nullable String sourceUid,
        @Nullable String sourceUrl,
        @Nullable @ColumnTransformer(write = "?::jsonb") String raw,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone());
    }

    @Nullable
    public LocalDateTime localEnd() {
        return endsAt == null ? null : LocalDateTime.ofInstant(endsAt, zone());
    }

    public List<LocalDate> exceptionDays() {
        return exceptionDates.stream().map(LocalDate::parse).toList();
    }

    public boolean recurring() {
        return recurrenceFrequency != null;
    }

    public boolean hasPlace() {
        return placeName != null || streetAddress != null || locality != null || postcode != null
                || latitude != null;
    }

    public boolean online() {
        return onlineUrl != null;
    }

    public boolean hybrid() {
        return hasPlace() && online();
    }

    public boolean imported() {
        return sourceSubscriptionId != null;
    }

    /** Whether the member with this actor id may edit and cancel it (the hub's organisers always may). */
    public boolean organisedBy(long actorId) {
        return authorId == actorId || organiserIds.contains(actorId);
    }

    CalendarEvent withStatus(EventStatus newStatus, Instant at) {
        return new CalendarEvent(id, uri, local, authorId, url, title, description, descriptionHtml, summary, startsAt,
                endsAt, timeZone, allDay, recurrenceFrequency, recurrenceInterval, recurrenceUntil, recurrenceCount,
                exceptionDates, placeName, streetAddress, locality, region, postcode, country, latitude, longitude,
                onlineUrl, organiserIds, category, tags, capacity, joinMode, externalJoinUrl, newStatus, imageMediaId,
                imageUrl, imageDescription, remoteParticipantCount, sequence + 1, sourceSubscriptionId, sourceUid,
                sourceUrl, raw, createdAt, at, deletedAt);
    }

    CalendarEvent withImage(long mediaId, @Nullable String description, Instant at) {
        return new CalendarEvent(id, uri, local, authorId, url, title, description(), descriptionHtml, summary,
                startsAt, endsAt, timeZone, allDay, recurrenceFrequency, recurrenceInterval, recurrenceUntil,
                recurrenceCount, exceptionDates, placeName, streetAddress, locality, region, postcode, country,
                latitude, longitude, onlineUrl, organiserIds, category, tags, capacity, joinMode, externalJoinUrl,
                status, mediaId, imageUrl, description, remoteParticipantCount, sequence + 1, sourceSubscriptionId,
                sourceUid, sourceUrl, raw, createdAt, at, deletedAt);
    }

    CalendarEvent withDeletedAt(Instant at) {
        return new CalendarEvent(id, uri, local, authorId, url, title, description, descriptionHtml, summary, startsAt,
                endsAt, timeZone, allDay, recurrenceFrequency, recurrenceInterval, recurrenceUntil, recurrenceCount,
                exceptionDates, placeName, streetAddress, locality, region, postcode, country, latitude, longitude,
                onlineUrl, organiserIds, category, tags, capacity, joinMode, externalJoinUrl, status, imageMediaId,
                imageUrl, imageDescription, remoteParticipantCount, sequence + 1, sourceSubscriptionId, sourceUid,
                sourceUrl, raw, createdAt, at, at);
    }
}
