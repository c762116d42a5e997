package london.patchwork.server.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Event;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Remote events: whether one belongs on this hub, and keeping it (new, or its origin's edit). */
@Singleton
class RemoteEvents {

    /** How many addressees are looked at; an event addressed to thousands is not worth more queries. */
    static final int MAX_ADDRESSEES = 20;

    private final CalendarEventRepository events;
    private final RemoteEventMapper mapper;
    private final Uris uris;
    private final ApplicationEventPublisher<EventService.Changed> changes;

    RemoteEvents(CalendarEventRepository events, RemoteEventMapper mapper, Uris uris,
                 ApplicationEventPublisher<EventService.Changed> changes) {
        this.changes = changes;
        this.events = events;
        this.mapper = mapper;
        this.uris = uris;
    }

    /** Only an actor on the event's own host may publish or change it. */
    static boolean fromItsOrigin(Event event, Actor sender) {
        URI senderId = URI.create(sender.uri());
        URI attributedTo = event.fields().attributedToId();
        return event.id() != null && CanonicalUris.sameHost(event.id(), senderId)
                && (attributedTo == null || CanonicalUris.sameHost(attributedTo, senderId));
    }

    /**
     * An event belongs here when it is addressed to a local actor, or someone here follows its sender, its author
     * (Mobilizon attributes a group's events to the group) or an actor whose followers it is addressed to (a hub
     * Group's followers). Anything else is someone else's calendar.
     */
    boolean belongsHere(Event event, Actor sender) {
        List<URI> addressees = Stream.of(event.fields().to(), event.fields().cc(), event.fields().audience())
                .flatMap(List::stream).map(Ref::id).filter(uri -> uri != null).limit(MAX_ADDRESSEES).toList();
        if (addressees.stream().anyMatch(uri -> uris.localActorUsername(uri).isPresent())) {
            return true;
        }
        if (events.actorFollowedLocally(sender.uri())) {
            return true;
        }
        URI author = event.fields().attributedToId();
        if (author != null && events.actorFollowedLocally(author.toString())) {
            return true;
        }
        return addressees.stream().anyMatch(uri -> events.followersFollowedLocally(uri.toString()));
    }

    /**
     * Whether {@code sender} may change or delete a held remote event: the actor who sent it first, or the actor it
     * was attributed to then (Mobilizon attributes a group's event to the group; any of its organisers may edit it).
     * Another account on the same server may not.
     */
    boolean mayChange(CalendarEvent stored, Actor sender, ActivityJson json) {
        if (stored.authorId() == sender.id()) {
            return true;
        }
        if (stored.raw() == null) {
            return false;
        }
        try {
            URI attributedTo = json.read(stored.raw().getBytes(java.nio.charset.StandardCharsets.UTF_8), Event.class)
                    .fields().attributedToId();
            return attributedTo != null && CanonicalUris.same(attributedTo, URI.create(sender.uri()));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Stores a new event or its origin's edit; false when it cannot be kept (no start time). */
    boolean store(Event event, Actor sender, Optional<CalendarEvent> existing, String raw) {
        Optional<CalendarEvent> row = mapper.fromRemote(existing.map(CalendarEvent::id)
                .orElseGet(events::nextId), event, sender, existing.orElse(null), raw);
        if (row.isEmpty()) {
            return false;
        }
        if (existing.isPresent()) {
            events.update(row.get());
        } else {
            events.save(row.get());
        }
        changes.publishEvent(new EventService.Changed(existing.isPresent() ? EventService.Changed.Kind.EDITED
                : EventService.Changed.Kind.CREATED, row.get().id(), false));
        return true;
    }

    static Optional<URI> objectId(Ref<ApObject> ref) {
        return Optional.ofNullable(ref.id());
    }
}
