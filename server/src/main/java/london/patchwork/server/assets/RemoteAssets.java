package london.patchwork.server.assets;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Place;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.RemoteObjects;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Peers' assets kept here: rows in {@code assets} with the {@code Place} id as {@code uri}, added by the remote
 * actor who sent them, listed without review (the peer's hub reviewed them). Only the original sender changes or
 * removes one.
 */
@Singleton
class RemoteAssets {

    /** How many addressees are looked at for a local actor. */
    private static final int MAX_ADDRESSEES = 20;

    private final AssetRepository assets;
    private final AssetHistory history;
    private final AssetCategories categories;
    private final FollowRepository follows;
    private final RemoteObjects objects;
    private final RemoteActors actors;
    private final Uris uris;
    private final ApplicationEventPublisher<AssetService.Changed> changes;

    RemoteAssets(AssetRepository assets, AssetHistory history, AssetCategories categories, FollowRepository follows,
                 RemoteObjects objects, RemoteActors actors, Uris uris,
                 ApplicationEventPublisher<AssetService.Changed> changes) {
        this.assets = assets;
        this.history = history;
        this.categories = categories;
        this.follows = follows;
        this.objects = objects;
        this.actors = actors;
        this.uris = uris;
        this.changes = changes;
    }

    /** A Place may only come from its own host, and be attributed to no one elsewhere. */
    static boolean fromItsOrigin(Place place, Actor sender) {
        URI senderId = URI.create(sender.uri());
        URI attributedTo = place.fields().attributedToId();
        return place.id() != null && CanonicalUris.sameHost(place.id(), senderId)
                && (attributedTo == null || CanonicalUris.sameHost(attributedTo, senderId));
    }

    /** Someone here follows the sender (a hub's Group), or the Place is addressed to someone here. */
    boolean belongsHere(Place place, Actor sender) {
        if (follows.isFollowedLocally(sender.id())) {
            return true;
        }
        return Stream.of(place.fields().to(), place.fields().cc(), place.fields().audience()).flatMap(List::stream)
                .map(Ref::id).filter(uri -> uri != null).limit(MAX_ADDRESSEES)
                .anyMatch(uri -> uris.localActorUsername(uri).isPresent());
    }

    /** Whether the sender may change this kept asset: only the actor who sent it first. */
    static boolean mayChange(Asset stored, Actor sender) {
        return stored.uri() != null && stored.createdBy() == sender.id();
    }

    /** Keeps a new Place or its sender's edit; empty when it is not an asset (no name). */
    @Transactional
    public Optional<Asset> keep(Place place, Actor sender, Optional<Asset> existing) {
        Optional<AssetInput> input = RemotePlaces.input(place, categories.slugs());
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Asset saved;
        if (existing.isPresent()) {
            saved = assets.update(existing.get().with(input.get(), now));
        } else {
            Instant published = place.fields().published();
            Instant createdAt = published != null && published.isBefore(now)
                    ? published.truncatedTo(ChronoUnit.MICROS) : now;
            Asset blank = new Asset(null, "", "", "", "", null, null, null, "active", "", "", "", List.of(), "", "",
                    "", null, null, "", List.of(), null, Asset.APPROVED, place.id().toString(), sender.id(),
                    createdAt, now, null);
            saved = assets.save(blank.with(input.get(), now));
        }
        history.record(saved, sender.id(), input.get(), now);
        changes.publishEvent(new AssetService.Changed(existing.isPresent() ? AssetService.Changed.Kind.EDITED
                : AssetService.Changed.Kind.CREATED, saved));
        return Optional.of(saved);
    }

    /** Removes a kept asset its sender deleted. */
    @Transactional
    public void forget(Asset stored) {
        Asset deleted = assets.update(stored.withDeletedAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        changes.publishEvent(new AssetService.Changed(AssetService.Changed.Kind.DELETED, deleted));
    }

    /** A Place fetched from its origin, and its author there. */
    record Fetched(Place place, Actor author) {
    }

    /**
     * Fetches a peer's Place and its author, outside any transaction. The fetch refuses a document whose id is not
     * the address fetched, so the Place is its origin's own; its author must be on the same host.
     */
    Optional<Fetched> fetch(URI placeId) {
        if (uris.isLocal(placeId)) {
            return Optional.empty();
        }
        Optional<ApObject> fetched;
        try {
            fetched = objects.fetch(placeId);
        } catch (ActivityHandler.RetryLater unreachable) {
            // Not "no such Place": a tie naming it would be dropped for good, so the caller decides what waits.
            throw new AssetService.Unreachable("could not reach " + placeId.getHost() + " for " + placeId,
                    unreachable);
        }
        if (!(fetched.orElse(null) instanceof Place place) || place.fields().attributedToId() == null
                || !CanonicalUris.sameHost(place.fields().attributedToId(), placeId)) {
            return Optional.empty();
        }
        Actor author;
        try {
            author = actors.resolve(place.fields().attributedToId());
        } catch (RemoteActorException e) {
            return Optional.empty();
        }
        return Optional.of(new Fetched(place, author));
    }
}
