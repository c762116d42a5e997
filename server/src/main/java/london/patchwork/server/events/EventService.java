package london.patchwork.server.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Event;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.database.Sql;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes events and publishes each change from the author's actor in the same transaction: {@code Create}, then an
 * {@code Update} per edit (a cancellation is an Update whose status is cancelled), {@code Delete} with a Tombstone.
 * Every change bumps {@code sequence} (iCalendar's SEQUENCE). Input is checked before anything is written, so bad
 * input leaves the stored event as it was.
 */
@Singleton
public class EventService {

    private final CalendarEventRepository events;
    private final EventDrafts drafts;
    private final EventActivities activities;
    private final EventDocuments documents;
    private final Outbox outbox;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ApplicationEventPublisher<Changed> changes;
    private final CalendarFeedWriter feedWriter;

    public EventService(CalendarEventRepository events, EventDrafts drafts, EventActivities activities,
                        EventDocuments documents, Outbox outbox, ActorRepository actors, LocalActors localActors,
                        LocalActorUris actorUris, ApplicationEventPublisher<Changed> changes,
                        CalendarFeedWriter feedWriter) {
        this.feedWriter = feedWriter;
        this.changes = changes;
        this.events = events;
        this.drafts = drafts;
        this.activities = activities;
        this.documents = documents;
        this.outbox = outbox;
        this.actors = actors;
        this.localActors = localActors;
        this.actorUris = actorUris;
    }

    /**
     * An event was written here: created, edited (also cancelled, pictured, or its attendance changed) or deleted;
     * {@code local} false for a peer's event kept or changed by the inbox. Published inside the writing transaction.
     */
    public record Changed(Kind kind, long eventId, boolean local) {
        public enum Kind { CREATED, EDITED, DELETED }
    }

    /** The input was not right: field name to reason. */
    public static final class Invalid extends RuntimeException {
        private final transient Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    /** No such event, or it was deleted. */
    public static final class NotFound extends RuntimeException {
        NotFound(long id) {
            super("no event " + id);
        }
    }

    /** The one asking may not change this event. */
    public static final class Forbidden extends RuntimeException {
        Forbidden() {
            super("only the event's organisers and the hub's organisers may change it");
        }
    }

    /**
     * How many live events are kept here from an origin ({@code scheme://host[:port]}), or are this hub's own when
     * {@code origin} is null: for the hubs directory, one indexed count.
     */
    public long count(@Nullable String origin) {
        return origin == null ? events.countLocal() : events.countUnder(Sql.under(origin));
    }

    /**
     * An event, here or a peer's, as the hubs' index keeps it.
     *
     * @param url the human page on its origin
     */
    public record Indexed(long id, String uri, String url, long authorId, String title, String text,
                          Instant startsAt, @Nullable Instant endsAt, @Nullable String category,
                          @Nullable Double latitude, @Nullable Double longitude, @Nullable String place,
                          Instant published, Instant updated) {
    }

    /** A live event as the hubs' index keeps it. */
    public Optional<Indexed> indexed(long id) {
        return find(id).map(event -> new Indexed(event.id(), event.uri(), event.url() != null ? event.url()
                : event.local() ? activities.uri(event.id()).toString() : event.uri(), event.authorId(),
                event.title(), event.summary() != null && !event.summary().isBlank() ? event.summary()
                : event.description(), event.startsAt(), event.endsAt(), event.category(), event.latitude(),
                event.longitude(), event.placeName(), event.createdAt(), event.updatedAt()));
    }

    /** The ids of live events after {@code afterId} in order: to fill the hubs' index in batches. */
    public List<Long> indexableAfter(long afterId, int limit) {
        return events.findLiveIdsAfter(afterId, limit);
    }

    /** These events (those still live) as an iCalendar feed named {@code name}, in the order given. */
    public String calendar(String name, List<Long> ids) {
        Map<Long, CalendarEvent> found = new java.util.HashMap<>();
        events.findByIdIn(ids).forEach(event -> found.put(event.id(), event));
        return feedWriter.write(name, ids.stream().map(found::get)
                .filter(event -> event != null && !event.deleted()).toList());
    }

    public Optional<CalendarEvent> find(long id) {
        return events.findById(id);
    }

    public Optional<CalendarEvent> findByUri(String uri) {
        return events.findByUri(uri);
    }

    /** What is known here of a kept event, for those who share or index other hubs' events. */
    public record Kept(String uri, boolean local, boolean deleted) {
    }

    public Optional<Kept> kept(long eventId) {
        return events.findById(eventId).map(event -> new Kept(event.uri(), event.local(), event.deleted()));
    }

    /** Events overlapping [from, to), soonest first. */
    public List<CalendarEvent> between(Instant from, Instant to, int limit, int offset) {
        return events.overlapping(from, to, limit, offset);
    }

    /** Recurring series that began before {@code to}, earliest first (at most 500): their later dates may come. */
    public List<CalendarEvent> seriesBegunBefore(Instant to) {
        return events.recurringBefore(to);
    }

    /** Events over before {@code before}, latest first. */
    public List<CalendarEvent> past(Instant before, int limit, int offset) {
        return events.past(before, limit, offset);
    }

    /** The event as its ActivityStreams Event, as peers fetch it. */
    public Event document(CalendarEvent event) {
        return documents.of(event);
    }

    /** The actor who publishes for someone asking: the member, or the hub's Group for the organiser token. */
    public long authorId(EventEditor editor) {
        return editor.actorId() != null ? editor.actorId() : localActors.hub().id();
    }

    /** Checks what a member typed (organisers, category, image included) and creates the event. */
    public CalendarEvent create(EventEditor editor, EventInput input) {
        long author = authorId(editor);
        return create(author, drafts.check(input, author, null));
    }

    @Transactional
    public CalendarEvent create(long authorId, EventDraft draft) {
        long id = events.nextId();
        Instant now = now();
        CalendarEvent event = events.save(EventDrafts.apply(draft, new CalendarEvent(id,
                activities.uri(id).toString(), true, authorId, null, "", "", "", null, now, null,
                EventInput.DEFAULT_ZONE, false, null, 1, null, null, List.of(), null, null, null, null, null, null,
                null, null, null, List.of(), null, List.of(), null, JoinMode.FREE, null, EventStatus.CONFIRMED, null,
                null, null, null, -1, null, null, null, null, now, now, null), now));
        Actor author = actors.findById(authorId).orElseThrow();
        outbox.publish(author, activities.create(outbox.newActivityUri(), actorUris.id(author), documents.of(event)),
                null, false);
        changes.publishEvent(new Changed(Changed.Kind.CREATED, event.id(), true));
        return event;
    }

    /** Checks what was typed and stores it over the event; refused, nothing changes. */
    public CalendarEvent edit(long id, EventEditor editor, EventInput input) {
        CalendarEvent event = changeable(id, editor);
        return edit(id, editor, drafts.check(input, event.authorId(), event));
    }

    @Transactional
    public CalendarEvent edit(long id, EventEditor editor, EventDraft draft) {
        CalendarEvent event = lockChangeable(id, editor);
        Instant now = now();
        CalendarEvent edited = events.update(EventDrafts.apply(draft, event, now));
        publishUpdate(edited);
        return edited;
    }

    /** Cancels the event: kept, shown as cancelled, and sent to peers as an Update with the cancelled status. */
    @Transactional
    public CalendarEvent cancel(long id, EventEditor editor) {
        CalendarEvent event = lockChangeable(id, editor);
        if (event.cancelled()) {
            return event;
        }
        CalendarEvent cancelled = events.update(event.withStatus(EventStatus.CANCELLED, now()));
        publishUpdate(cancelled);
        return cancelled;
    }

    /** Shows an image the editor uploaded (checked by the caller to be theirs) on the event. */
    @Transactional
    public CalendarEvent setImage(long id, EventEditor editor, long mediaId, @Nullable String description) {
        CalendarEvent event = lockChangeable(id, editor);
        CalendarEvent pictured = events.update(event.withImage(mediaId, description, now()));
        publishUpdate(pictured);
        return pictured;
    }

    @Transactional
    public CalendarEvent delete(long id, EventEditor editor) {
        CalendarEvent event = lockChangeable(id, editor);
        CalendarEvent deleted = events.update(event.withDeletedAt(now()));
        Actor author = actors.findById(deleted.authorId()).orElseThrow();
        outbox.publish(author, activities.delete(outbox.newActivityUri(), actorUris.id(author), deleted,
                activities.audience(author.username(), localActors.hub().username())), null, false);
        changes.publishEvent(new Changed(Changed.Kind.DELETED, deleted.id(), true));
        return deleted;
    }

    /** Tells peers the event as it now stands (after an edit, or when its attendance changed). */
    @Transactional
    public void publishUpdate(CalendarEvent event) {
        Actor author = actors.findById(event.authorId()).orElseThrow();
        outbox.publish(author, activities.update(outbox.newActivityUri(), actorUris.id(author), documents.of(event)),
                null, false);
        changes.publishEvent(new Changed(Changed.Kind.EDITED, event.id(), true));
    }

    CalendarEvent changeable(long id, EventEditor editor) {
        CalendarEvent event = events.findById(id).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound(id));
        if (!editor.mayChange(event)) {
            throw new Forbidden();
        }
        return event;
    }

    private CalendarEvent lockChangeable(long id, EventEditor editor) {
        CalendarEvent event = events.lockById(id).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound(id));
        if (!editor.mayChange(event)) {
            throw new Forbidden();
        }
        return event;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static URI uri(String value) {
        return URI.create(value);
    }
}
