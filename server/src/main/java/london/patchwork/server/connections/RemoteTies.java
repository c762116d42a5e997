package london.patchwork.server.connections;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.jsonld.CanonicalContext;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.federation.vocab.TieFields;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Peers' ties kept here: rows in {@code ties} with the {@code Relationship} id as {@code uri}, recorded by the remote
 * actor who sent them. Read leniently: a missing or odd strength is the default, a note is sanitised plain text cut
 * to size; only a tie whose type cannot be told is not kept. Only the original sender changes or removes one.
 */
@Singleton
class RemoteTies {

    private final TieRepository ties;
    private final TieTypeRepository types;
    private final FollowRepository follows;
    private final ApplicationEventPublisher<ConnectionService.Changed> changes;

    RemoteTies(TieRepository ties, TieTypeRepository types, FollowRepository follows,
               ApplicationEventPublisher<ConnectionService.Changed> changes) {
        this.ties = ties;
        this.types = types;
        this.follows = follows;
        this.changes = changes;
    }

    /** A Relationship may only come from its own host, and be attributed to no one elsewhere. */
    static boolean fromItsOrigin(Relationship tie, Actor sender) {
        URI senderId = URI.create(sender.uri());
        URI attributedTo = tie.fields().attributedToId();
        return tie.id() != null && CanonicalUris.sameHost(tie.id(), senderId)
                && (attributedTo == null || CanonicalUris.sameHost(attributedTo, senderId));
    }

    /** Someone here follows the sender. */
    boolean fromSomeoneFollowed(Actor sender) {
        return follows.isFollowedLocally(sender.id());
    }

    static boolean mayChange(Tie stored, Actor sender) {
        return !stored.local() && stored.createdBy() == sender.id();
    }

    /** The one subject and object the Relationship names by id, if it names exactly one of each. */
    static Optional<URI[]> endIds(Relationship tie) {
        if (tie.subject() == null || tie.subject().id() == null || tie.object().size() != 1
                || tie.object().getFirst().id() == null) {
            return Optional.empty();
        }
        return Optional.of(new URI[]{tie.subject().id(), tie.object().getFirst().id()});
    }

    /** The local slug of the Relationship's type; a peer hub's own type is added here under its slug. */
    Optional<String> type(Relationship tie) {
        Optional<String> slug = tie.relationship().stream().map(Ref::id).filter(id -> id != null)
                .map(id -> URI.create(CanonicalContext.get().expandIri(id.toString())))
                .map(ConnectionActivities::typeSlug).flatMap(Optional::stream).findFirst();
        if (slug.isPresent() && types.findBySlug(slug.get()).isEmpty()) {
            String name = tie.fields().name() == null || tie.fields().name().isBlank() ? slug.get().replace('-', ' ')
                    : Html.plainText(HtmlSanitizer.clean(tie.fields().name())).strip();
            types.add(slug.get(), name.isEmpty() ? slug.get() : cut(name, 80), Boolean.TRUE.equals(mutual(tie)));
        }
        return slug;
    }

    /** Keeps a peer's tie or its sender's edit; empty when the same tie is already kept under another id. */
    @Transactional
    public Optional<Tie> keep(Relationship tie, Actor sender, Optional<Tie> existing, String type,
                              ConnectionService.End subject, ConnectionService.End object) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TieFields fields = tie.tie() == null ? TieFields.EMPTY : tie.tie();
        int strength = fields.strength() != null && fields.strength() >= 1 && fields.strength() <= 5
                ? fields.strength() : TieInput.DEFAULT_STRENGTH;
        boolean mutual = fields.mutual() != null ? fields.mutual()
                : types.findBySlug(type).map(TieType::mutual).orElse(false);
        String note = tie.fields().summary() == null ? "" : cut(Html.plainText(HtmlSanitizer.clean(
                cut(tie.fields().summary(), HtmlSanitizer.MAX_INPUT_CHARS))), TieInput.MAX_NOTE);
        Tie row = new Tie(existing.map(Tie::id).orElse(null), type, subject.assetId(), subject.actorId(),
                object.assetId(), object.actorId(), mutual, (short) strength, note, tie.id().toString(),
                existing.map(Tie::createdBy).orElse(sender.id()), existing.map(Tie::createdAt).orElse(now), now, null);
        if (ties.duplicates(type, key(subject), key(object), existing.map(Tie::id).orElse(-1L))) {
            return Optional.empty();
        }
        Tie saved = existing.isPresent() ? ties.update(row) : ties.save(row);
        changes.publishEvent(new ConnectionService.Changed(existing.isPresent() ? ConnectionService.Changed.Kind.EDITED
                : ConnectionService.Changed.Kind.CREATED, saved));
        return Optional.of(saved);
    }

    @Transactional
    public void forget(Tie stored) {
        Tie deleted = ties.update(stored.withDeletedAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        changes.publishEvent(new ConnectionService.Changed(ConnectionService.Changed.Kind.DELETED, deleted));
    }

    /** An end as the ties_once index keys it: an asset's id, or an actor's negated. */
    private static long key(ConnectionService.End end) {
        return end.assetId() != null ? end.assetId() : -end.actorId();
    }

    @Nullable
    private static Boolean mutual(Relationship tie) {
        return tie.tie() == null ? null : tie.tie().mutual();
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
