package london.patchwork.server.guides;

import london.patchwork.server.moderation.Markdown;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Article;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes guides and their revisions, and publishes each change from the hub's Group actor in the same transaction:
 * {@code Create} for the first revision, {@code Update} for every later one (a restore included), {@code Delete}
 * when a moderator removes a guide. A save names the revision it started from; if the guide has moved on since, it
 * is refused with {@link Conflict} and nothing is written, so no one's words are silently overwritten.
 *
 * <p>The activities are delivered to the hub's followers but not listed in its outbox: the wiki's index is
 * {@code /guides}, and a deleted guide's words then linger nowhere.
 */
@Singleton
public class GuideService {

    /** Slugs that would shadow the wiki's own pages. */
    private static final Set<String> RESERVED = Set.of("new");

    private final GuideRepository guides;
    private final GuideRevisionRepository revisions;
    private final GuideActivities activities;
    private final Outbox outbox;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;

    public GuideService(GuideRepository guides, GuideRevisionRepository revisions, GuideActivities activities,
                        Outbox outbox, LocalActors localActors, LocalActorUris actorUris) {
        this.guides = guides;
        this.revisions = revisions;
        this.activities = activities;
        this.outbox = outbox;
        this.localActors = localActors;
        this.actorUris = actorUris;
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

    /** Someone saved a newer revision since the editor started from {@code base}. */
    public static final class Conflict extends RuntimeException {
        private final transient Guide current;
        private final int base;

        Conflict(Guide current, int base) {
            super("revision " + current.currentRevision() + " was saved since revision " + base);
            this.current = current;
            this.base = base;
        }

        public Guide current() {
            return current;
        }

        public int base() {
            return base;
        }
    }

    /** No such guide, or it was deleted. */
    public static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super(what);
        }
    }

    public Optional<Guide> find(String slug) {
        return guides.findBySlug(slug);
    }

    public List<Guide> listed(@Nullable String topic) {
        return topic == null || topic.isBlank() ? guides.listed() : guides.listedIn(topic.strip());
    }

    /** The guides most recently revised, newest first. */
    public List<Guide> newest(int limit) {
        return guides.newest(limit);
    }

    public Optional<GuideRevision> revision(Guide guide, int number) {
        return revisions.findByGuideIdAndNumber(guide.id(), number);
    }

    public GuideRevision current(Guide guide) {
        return revision(guide, guide.currentRevision()).orElseThrow();
    }

    /** Newest first. */
    public List<GuideRevision> history(Guide guide) {
        return revisions.history(guide.id());
    }

    /** The line diff of two revisions' Markdown, from the older named to the other. */
    public List<LineDiff.Line> diff(Guide guide, int from, int to) {
        GuideRevision older = revision(guide, from).orElseThrow(() -> new NotFound("no revision " + from));
        GuideRevision newer = revision(guide, to).orElseThrow(() -> new NotFound("no revision " + to));
        return LineDiff.between(older.body(), newer.body());
    }

    /** The guide as its ActivityStreams Article, as peers fetch it. */
    public Article document(Guide guide) {
        Actor hub = localActors.hub();
        return activities.document(guide, current(guide), actorUris.id(hub), hub.username());
    }

    @Transactional
    public Guide create(long authorId, GuideInput input) {
        requireValid(input);
        String slug = freeSlug(GuideInput.slugOf(input.title()));
        Instant now = now();
        Guide guide = guides.save(new Guide(null, slug, input.title(), input.topic(), 1, authorId, now, now, null));
        GuideRevision first = addRevision(guide, 1, authorId, input, now);
        Actor hub = localActors.hub();
        URI hubUri = actorUris.id(hub);
        Article document = activities.document(guide, first, hubUri, hub.username());
        outbox.publish(hub, activities.create(outbox.newActivityUri(), hubUri, hub.username(), document), null, false);
        return guide;
    }

    /** Saves a new revision made from revision {@code base}; refused with {@link Conflict} if that is not current. */
    @Transactional
    public Guide edit(String slug, long authorId, int base, GuideInput input) {
        requireValid(input);
        Guide guide = guides.lockBySlug(slug).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound("no guide " + slug));
        if (guide.currentRevision() != base) {
            throw new Conflict(guide, base);
        }
        return saveRevision(guide, authorId, input);
    }

    /**
     * Makes an old revision current again by saving a copy of it as a new revision, so the history keeps everything
     * in between. {@code base}, when given, is the revision the member saw as current.
     */
    @Transactional
    public Guide restore(String slug, long authorId, int number, @Nullable Integer base) {
        Guide guide = guides.lockBySlug(slug).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound("no guide " + slug));
        if (base != null && guide.currentRevision() != base) {
            throw new Conflict(guide, base);
        }
        GuideRevision old = revision(guide, number).orElseThrow(() -> new NotFound("no revision " + number));
        return saveRevision(guide, authorId, new GuideInput(old.title(), old.topic(), old.body(),
                "Restored revision " + number));
    }

    @Transactional
    public Guide delete(String slug) {
        Guide guide = guides.lockBySlug(slug).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound("no guide " + slug));
        Guide deleted = guides.update(guide.withDeletedAt(now()));
        Actor hub = localActors.hub();
        outbox.publish(hub, activities.delete(outbox.newActivityUri(), actorUris.id(hub), hub.username(), deleted),
                null, false);
        return deleted;
    }

    private Guide saveRevision(Guide guide, long authorId, GuideInput input) {
        GuideRevision revision = addRevision(guide, guide.currentRevision() + 1, authorId, input, now());
        Guide updated = guides.update(guide.withCurrent(revision));
        Actor hub = localActors.hub();
        URI hubUri = actorUris.id(hub);
        Article document = activities.document(updated, revision, hubUri, hub.username());
        outbox.publish(hub, activities.update(outbox.newActivityUri(), hubUri, hub.username(), document), null, false);
        return updated;
    }

    private GuideRevision addRevision(Guide guide, int number, long authorId, GuideInput input, Instant at) {
        return revisions.save(new GuideRevision(null, guide.id(), number, input.title(), input.topic(), input.body(),
                Markdown.toHtml(input.body()), authorId, input.summary(), at));
    }

    private String freeSlug(String wanted) {
        String base = RESERVED.contains(wanted) ? wanted + "-guide" : wanted;
        String slug = base;
        for (int n = 2; guides.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void requireValid(GuideInput input) {
        Map<String, String> errors = input.errors();
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
