package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who comes to an event. An answer of "going" takes a place when there is one; with an organiser's approval first
 * when the event is restricted; otherwise it joins the waiting list, which is as long as the event has places, and
 * past that the answer is refused. "Maybe" takes no place. Whenever a place is freed (someone leaves, says they will
 * not come, or is turned down) the first on the waiting list takes it, and a remote actor promoted so is sent the
 * {@code Accept} they were waiting for. Each change re-publishes the event, so its counts stay right at peers.
 * A member's answer to a remote event goes to its origin instead ({@link RemoteAttendance}).
 */
@Singleton
class Attendance {

    private final CalendarEventRepository events;
    private final RsvpRepository rsvps;
    private final EventService service;
    private final EventActivities activities;
    private final Outbox outbox;
    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final RemoteAttendance remote;

    Attendance(CalendarEventRepository events, RsvpRepository rsvps, EventService service,
               EventActivities activities, Outbox outbox, ActorRepository actors, LocalActorUris actorUris,
               RemoteAttendance remote) {
        this.remote = remote;
        this.events = events;
        this.rsvps = rsvps;
        this.service = service;
        this.activities = activities;
        this.outbox = outbox;
        this.actors = actors;
        this.actorUris = actorUris;
    }

    /** The event takes no answers: cancelled, over, joined elsewhere, or not this hub's. */
    static final class Closed extends RuntimeException {
        Closed(String reason) {
            super(reason);
        }
    }

    /** A member's (or a remote actor's) answer and where it stands now. */
    @Transactional
    public Rsvp answer(long eventId, Actor who, RsvpResponse response, @Nullable String joinUri) {
        CalendarEvent event = events.lockById(eventId).filter(found -> !found.deleted())
                .orElseThrow(() -> new EventService.NotFound(eventId));
        String closed = closedBecause(event);
        if (closed != null) {
            throw new Closed(closed);
        }
        Instant now = EventService.now();
        Optional<Rsvp> before = rsvps.findByEventIdAndActorId(eventId, who.id());
        if (!event.local()) {
            return remote.answer(event, who, response, before, now);
        }
        boolean heldPlace = before.map(Rsvp::takesPlace).orElse(false);
        RsvpStanding standing = standingFor(event, response, before, heldPlace);
        Rsvp saved;
        if (before.isPresent()) {
            boolean requeue = standing == RsvpStanding.WAITING && before.get().standing() != RsvpStanding.WAITING;
            saved = rsvps.update(before.get().with(response, standing, joinUri, now, requeue));
        } else {
            saved = rsvps.save(new Rsvp(null, eventId, who.id(), who.local(), response, standing, joinUri, now, now,
                    now));
        }
        if (heldPlace && !saved.takesPlace()) {
            promote(event);
        }
        if (standing == RsvpStanding.REJECTED && !who.local() && joinUri != null) {
            send(event, saved, EventActivities.RsvpAnswer.REJECT);
        } else if (!who.local() && joinUri != null && standing == RsvpStanding.CONFIRMED) {
            send(event, saved, response == RsvpResponse.MAYBE ? EventActivities.RsvpAnswer.TENTATIVE_ACCEPT
                    : EventActivities.RsvpAnswer.ACCEPT);
        }
        service.publishUpdate(event);
        return saved;
    }

    /** Someone takes their answer back (a remote {@code Leave}, or a member cancelling): their place goes on. */
    @Transactional
    public boolean leave(long eventId, long actorId) {
        CalendarEvent event = events.lockById(eventId).orElseThrow(() -> new EventService.NotFound(eventId));
        Optional<Rsvp> rsvp = rsvps.findByEventIdAndActorId(eventId, actorId);
        if (rsvp.isEmpty()) {
            return false;
        }
        rsvps.delete(rsvp.get());
        if (!event.local()) {
            remote.leave(event, rsvp.get());
            return true;
        }
        if (rsvp.get().takesPlace() && !event.deleted()) {
            promote(event);
        }
        if (!event.deleted()) {
            service.publishUpdate(event);
        }
        return true;
    }

    /** An organiser lets a pending answer in (a place, or the waiting list when full) or turns it down. */
    @Transactional
    public Rsvp decide(long eventId, long rsvpId, EventEditor editor, boolean approve) {
        service.changeable(eventId, editor);
        CalendarEvent event = events.lockById(eventId).orElseThrow(() -> new EventService.NotFound(eventId));
        Rsvp rsvp = rsvps.findById(rsvpId).filter(found -> found.eventId() == eventId)
                .orElseThrow(() -> new EventService.NotFound(eventId));
        boolean heldPlace = rsvp.takesPlace();
        RsvpStanding standing = !approve ? RsvpStanding.REJECTED
                : rsvp.response() == RsvpResponse.GOING && full(event) && !heldPlace ? RsvpStanding.WAITING
                : RsvpStanding.CONFIRMED;
        Rsvp decided = rsvps.update(rsvp.with(rsvp.response(), standing, null, EventService.now(),
                standing == RsvpStanding.WAITING));
        if (!decided.local() && decided.joinUri() != null && standing != RsvpStanding.WAITING) {
            send(event, decided, standing == RsvpStanding.REJECTED ? EventActivities.RsvpAnswer.REJECT
                    : decided.response() == RsvpResponse.MAYBE ? EventActivities.RsvpAnswer.TENTATIVE_ACCEPT
                    : EventActivities.RsvpAnswer.ACCEPT);
        }
        if (heldPlace && !decided.takesPlace()) {
            promote(event);
        }
        service.publishUpdate(event);
        return decided;
    }

    /** Turns down a remote {@code Join} to an event that takes no answers, storing nothing. */
    @Transactional
    public void refuse(CalendarEvent event, Actor joiner, String joinUri) {
        Actor organiser = actors.findById(event.authorId()).orElseThrow();
        outbox.publish(organiser, activities.answer(EventActivities.RsvpAnswer.REJECT, outbox.newActivityUri(),
                actorUris.id(organiser), URI.create(joinUri), URI.create(joiner.uri()), URI.create(event.uri())),
                null, false);
    }

    public Optional<Rsvp> of(long eventId, long actorId) {
        return rsvps.findByEventIdAndActorId(eventId, actorId);
    }

    public List<Rsvp> all(long eventId) {
        return rsvps.ofEvent(eventId);
    }

    private RsvpStanding standingFor(CalendarEvent event, RsvpResponse response, Optional<Rsvp> before,
                                     boolean heldPlace) {
        if (response == RsvpResponse.NOT_GOING) {
            return RsvpStanding.CONFIRMED;
        }
        RsvpStanding was = before.map(Rsvp::standing).orElse(null);
        boolean approved = was == RsvpStanding.CONFIRMED || was == RsvpStanding.WAITING;
        if (event.joinMode() == JoinMode.RESTRICTED && !approved) {
            return was == RsvpStanding.REJECTED ? RsvpStanding.REJECTED : RsvpStanding.PENDING;
        }
        if (response == RsvpResponse.MAYBE || heldPlace) {
            return RsvpStanding.CONFIRMED;
        }
        if (!full(event)) {
            return RsvpStanding.CONFIRMED;
        }
        if (was == RsvpStanding.WAITING || rsvps.waiting(event.id()) < event.capacity()) {
            return RsvpStanding.WAITING;
        }
        return RsvpStanding.REJECTED;
    }

    private boolean full(CalendarEvent event) {
        return event.capacity() != null && rsvps.placesTaken(event.id()) >= event.capacity();
    }

    private void promote(CalendarEvent event) {
        while (!full(event)) {
            Optional<Rsvp> next = rsvps.nextWaiting(event.id());
            if (next.isEmpty()) {
                return;
            }
            Rsvp promoted = rsvps.update(next.get().with(next.get().response(), RsvpStanding.CONFIRMED, null,
                    EventService.now(), false));
            if (!promoted.local() && promoted.joinUri() != null) {
                send(event, promoted, EventActivities.RsvpAnswer.ACCEPT);
            }
        }
    }

    private void send(CalendarEvent event, Rsvp rsvp, EventActivities.RsvpAnswer answer) {
        Actor organiser = actors.findById(event.authorId()).orElseThrow();
        Actor joiner = actors.findById(rsvp.actorId()).orElseThrow();
        outbox.publish(organiser, activities.answer(answer, outbox.newActivityUri(), actorUris.id(organiser),
                URI.create(rsvp.joinUri()), URI.create(joiner.uri()), URI.create(event.uri())), null, false);
    }

    @Nullable
    static String closedBecause(CalendarEvent event) {
        if (event.cancelled()) {
            return "the event was cancelled";
        }
        if (event.joinMode() == JoinMode.EXTERNAL) {
            return "people sign up for this event " + (event.externalJoinUrl() == null ? "elsewhere"
                    : "at " + event.externalJoinUrl());
        }
        Instant over = event.endsAt() != null ? event.endsAt() : event.startsAt();
        if (over.isBefore(Instant.now()) && !event.recurring()) {
            return "the event is over";
        }
        return null;
    }
}
