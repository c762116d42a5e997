package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Members answering events run elsewhere, as Mobilizon's members do: going or maybe sends a {@code Join} to the
 * event's organiser and waits (pending) for its {@code Accept}, {@code TentativeAccept} or {@code Reject}; not
 * going, or taking the answer back, sends a {@code Leave}. Runs inside {@link Attendance}'s transaction.
 */
@Singleton
class RemoteAttendance {

    private final RsvpRepository rsvps;
    private final EventActivities activities;
    private final Outbox outbox;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;

    RemoteAttendance(RsvpRepository rsvps, EventActivities activities, Outbox outbox, ActorRepository actors,
                     LocalActorUris actorUris) {
        this.rsvps = rsvps;
        this.activities = activities;
        this.outbox = outbox;
        this.actors = actors;
        this.actorUris = actorUris;
    }

    Rsvp answer(CalendarEvent event, Actor member, RsvpResponse response, Optional<Rsvp> before, Instant now) {
        Actor organiser = actors.findById(event.authorId()).orElseThrow();
        if (response == RsvpResponse.NOT_GOING) {
            before.filter(rsvp -> rsvp.response() != RsvpResponse.NOT_GOING).ifPresent(rsvp -> sendLeave(event,
                    member, organiser));
            Rsvp row = before.map(rsvp -> rsvp.with(response, RsvpStanding.CONFIRMED, null, now, false))
                    .orElseGet(() -> new Rsvp(null, event.id(), member.id(), true, response, RsvpStanding.CONFIRMED,
                            null, now, now, now));
            return row.id() == null ? rsvps.save(row) : rsvps.update(row);
        }
        if (before.isPresent() && before.get().response() == response
                && before.get().standing() != RsvpStanding.REJECTED) {
            return before.get();
        }
        URI joinId = outbox.newActivityUri();
        outbox.publish(member, activities.join(joinId, actorUris.id(member), URI.create(event.uri()),
                URI.create(organiser.uri()), response == RsvpResponse.MAYBE), null, false);
        if (before.isPresent()) {
            return rsvps.update(before.get().with(response, RsvpStanding.PENDING, joinId.toString(), now, true));
        }
        return rsvps.save(new Rsvp(null, event.id(), member.id(), true, response, RsvpStanding.PENDING,
                joinId.toString(), now, now, now));
    }

    void leave(CalendarEvent event, Rsvp rsvp) {
        if (rsvp.response() == RsvpResponse.NOT_GOING) {
            return;
        }
        Actor member = actors.findById(rsvp.actorId()).orElseThrow();
        sendLeave(event, member, actors.findById(event.authorId()).orElseThrow());
    }

    private void sendLeave(CalendarEvent event, Actor member, Actor organiser) {
        outbox.publish(member, activities.leave(outbox.newActivityUri(), actorUris.id(member),
                URI.create(event.uri()), URI.create(organiser.uri())), null, false);
    }
}
