package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Event;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.media.MediaService;

/** A local event as its Event document, with its counts and image as they stand now. */
@Singleton
class EventDocuments {

    private final EventActivities activities;
    private final RsvpRepository rsvps;
    private final MediaService media;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;

    EventDocuments(EventActivities activities, RsvpRepository rsvps, MediaService media, ActorRepository actors,
                   LocalActors localActors, LocalActorUris actorUris) {
        this.activities = activities;
        this.rsvps = rsvps;
        this.media = media;
        this.actors = actors;
        this.localActors = localActors;
        this.actorUris = actorUris;
    }

    Event of(CalendarEvent event) {
        Actor author = actors.findById(event.authorId()).orElseThrow();
        return activities.document(event, actorUris.id(author),
                activities.audience(author.username(), localActors.hub().username()), counts(event),
                event.imageMediaId() == null ? null : media.find(event.imageMediaId()).orElse(null));
    }

    EventActivities.Counts counts(CalendarEvent event) {
        int taken = rsvps.placesTaken(event.id());
        return new EventActivities.Counts(taken, event.capacity() == null ? null
                : Math.max(0, event.capacity() - taken));
    }
}
