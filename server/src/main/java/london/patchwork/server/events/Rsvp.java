package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Someone's answer to an event, local member or remote actor.
 *
 * @param joinUri  a remote actor's {@code Join}, which our {@code Accept} or {@code Reject} names
 * @param queuedAt when they asked for a place: the waiting list is promoted in this order
 */
@MappedEntity("calendar_event_rsvps")
public record Rsvp(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        long actorId,
        boolean local,
        RsvpResponse response,
        RsvpStanding standing,
        @Nullable String joinUri,
        Instant queuedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether it holds one of the event's places. */
    public boolean takesPlace() {
        return response == RsvpResponse.GOING && standing == RsvpStanding.CONFIRMED;
    }

    Rsvp with(RsvpResponse newResponse, RsvpStanding newStanding, @Nullable String newJoinUri, Instant at,
              boolean requeue) {
        return new Rsvp(id, eventId, actorId, local, newResponse, newStanding,
                newJoinUri == null ? joinUri : newJoinUri, requeue ? at : queuedAt, createdAt, at);
    }
}
