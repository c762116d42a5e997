package london.patchwork.server.assets;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.media.MediaService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds, edits and removes the hub's community assets, keeping every save as a revision in the same transaction.
 * When the hub asks for moderation, a member's new asset waits (not listed) until a moderator approves it.
 */
@Singleton
public class AssetService {

    private final AssetRepository assets;
    private final AssetHistory history;
    private final AssetCategories categories;
    private final AssetsConfiguration configuration;
    private final LocalActors localActors;
    private final MediaService media;
    private final RemoteAssets remote;
    private final ApplicationEventPublisher<Changed> changes;

    public AssetService(AssetRepository assets, AssetHistory history, AssetCategories categories,
                        AssetsConfiguration configuration, LocalActors localActors, MediaService media,
                        RemoteAssets remote, ApplicationEventPublisher<Changed> changes) {
        this.media = media;
        this.changes = changes;
        this.assets = assets;
        this.history = history;
        this.categories = categories;
        this.configuration = configuration;
        this.localActors = localActors;
        this.remote = remote;
    }

    /**
     * An asset was added, edited, deleted or reviewed here, or a peer's was kept, changed or removed (its
     * {@link Asset#uri()} is set). Published inside the writing transaction, so a listener's writes (an activity for
     * followers, a network to recompute) commit or roll back with the change. Whether the asset is now on the map is
     * {@link Asset#listed()}.
     */
    public record Changed(Kind kind, Asset asset) {
        public enum Kind { CREATED, EDITED, DELETED, REVIEWED }
    }

    /** The input was not right: field name to reason. */
    public static final class Invalid extends RuntimeException {
        private final transient Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super(String.join("; ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    public static final class NotFound extends RuntimeException {
        NotFound() {
            super("no such asset");
        }
    }

    public static final class Forbidden extends RuntimeException {
        Forbidden(String reason) {
            super(reason);
        }
    }

    /**
     * An asset as other capabilities read it (ties, datasets, imports' reports): its fields, and whether it is on
     * the map.
     *
     * @param uri a peer's asset: the id of its {@code Place}; null for the hub's own
     */
    public record Entry(long id, String kind, String category, String name, String description,
                        @Nullable String website, @Nullable String email, @Nullable String phone, String status,
                        String eligibility, String fees, String schedule, List<String> languages,
                        String locationName, String address, String postcode, @Nullable Double latitude,
                        @Nullable Double longitude, String accessibility, List<String> tags, @Nullable String uri,
                        boolean listed, Instant createdAt, Instant updatedAt) {

        static Entry of(Asset asset) {
            return new Entry(asset.id(), asset.kind(), asset.category(), asset.name(), asset.description(),
                    asset.website(), asset.email(), asset.phone(), asset.status(), asset.eligibility(), asset.fees(),
                    asset.schedule(), asset.languages(), asset.locationName(), asset.address(), asset.postcode(),
                    asset.latitude(), asset.longitude(), asset.accessibility(), asset.tags(), asset.uri(),
                    asset.listed(), asset.createdAt(), asset.updatedAt());
        }
    }

    /** A live asset (the hub's own or a peer's) as other capabilities read it. */
    public Optional<Entry> entry(long id) {
        return find(id).map(Entry::of);
    }

    /** A peer's live asset kept here, by the id of its {@code Place}. */
    public Optional<Entry> entryByUri(String uri) {
        return assets.findByUri(uri).filter(asset -> !asset.deleted()).map(Entry::of);
    }

    /** The row as it is, deleted or not: a deleted asset of ours is served as a Tombstone. */
    Optional<Asset> findIncludingDeleted(long id) {
        return assets.findById(id);
    }

    /**
     * A peer's asset by the id of its {@code Place}: the one kept here, or fetched from its origin (through the
     * guarded fetch, signed by this server) and kept now. Goes to the network, so call it outside a transaction.
     *
     * @return empty when the origin does not serve a Place there (or cannot be reached now)
     */
    public Optional<Entry> remember(java.net.URI placeId) {
        Optional<Asset> kept = assets.findByUri(placeId.toString());
        if (kept.isPresent()) {
            return kept.filter(Asset::listed).map(Entry::of);
        }
        return remote.fetch(placeId).flatMap(found -> remote.keep(found.place(), found.author(), Optional.empty()))
                .map(Entry::of);
    }

    public Optional<Asset> find(long id) {
        return assets.findById(id).filter(asset -> !asset.deleted());
    }

    /** The asset if this person may see it: listed, or theirs, or they moderate. */
    public Optional<Asset> visible(long id, AssetEditor viewer) {
        return find(id).filter(viewer::maySee);
    }

    @Transactional
    public Asset create(AssetEditor editor, AssetInput input) {
        return create(editor, input, null);
    }

    /**
     * @param photoId the API id of an image the author uploaded, or null for none
     */
    @Transactional
    public Asset create(AssetEditor editor, AssetInput input, @Nullable String photoId) {
        check(input);
        long author = author(editor);
        Long photo = photo(author, photoId, null);
        String review = configuration.moderation() && !editor.moderator() ? Asset.PENDING : Asset.APPROVED;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Asset blank = new Asset(null, input.kind(), input.category(), input.name(), "", null, null, null, "active",
                "", "", "", List.of(), "", "", "", null, null, "", List.of(), null, review, null, author, now, now,
                null);
        Asset saved = assets.save(blank.with(input, now).withPhoto(photo));
        record(saved, author, input, now);
        changes.publishEvent(new Changed(Changed.Kind.CREATED, saved));
        return saved;
    }

    @Transactional
    public Asset edit(long id, AssetEditor editor, AssetInput input) {
        return edit(id, editor, input, null);
    }

    /**
     * @param photoId the API id of an image the editor uploaded; empty to remove the photo; null to keep it
     */
    @Transactional
    public Asset edit(long id, AssetEditor editor, AssetInput input, @Nullable String photoId) {
        Asset asset = changeable(id, editor);
        check(input);
        Long photo = photo(author(editor), photoId, asset.photoId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Asset saved = assets.update(asset.with(input, now).withPhoto(photo));
        record(saved, author(editor), input, now);
        changes.publishEvent(new Changed(Changed.Kind.EDITED, saved));
        return saved;
    }

    @Transactional
    public void delete(long id, AssetEditor editor) {
        Asset asset = changeable(id, editor);
        Asset deleted = assets.update(asset.withDeletedAt(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        changes.publishEvent(new Changed(Changed.Kind.DELETED, deleted));
    }

    /** A moderator's decision on a waiting asset: {@link Asset#APPROVED} lists it, {@link Asset#REJECTED} never. */
    @Transactional
    public Asset review(long id, AssetEditor editor, String decision) {
        if (!editor.moderator()) {
            throw new Forbidden("only moderators approve or reject assets");
        }
        Asset asset = assets.lock(id).filter(found -> !found.deleted()).orElseThrow(NotFound::new);
        Asset reviewed = assets.update(asset.withReview(decision));
        changes.publishEvent(new Changed(Changed.Kind.REVIEWED, reviewed));
        return reviewed;
    }

    /** The asset locked for a change by this editor, or why not. */
    Asset changeable(long id, AssetEditor editor) {
        Asset asset = assets.lock(id).filter(found -> !found.deleted() && editor.maySee(found))
                .orElseThrow(NotFound::new);
        if (!editor.mayChange(asset)) {
            throw new Forbidden("only whoever added this asset, moderators and organisers may change it");
        }
        return asset;
    }

    public List<Asset> pending() {
        return assets.pending();
    }

    public List<Revision> history(Asset asset) {
        return history.of(asset);
    }

    /** A revision with its fields read back. */
    public record Revision(AssetRevision revision, AssetJson.Fields fields) {
    }

    /** The asset's photo as a media id: one of the author's own uploads, none, or the one it had. */
    @Nullable
    private Long photo(long author, @Nullable String photoId, @Nullable Long current) {
        if (photoId == null) {
            return current;
        }
        if (photoId.isBlank()) {
            return null;
        }
        return media.findOwn(author, photoId).map(MediaService.Attachment::id)
                .orElseThrow(() -> new Invalid(Map.of("photo_id", "photo_id must name an image you uploaded")));
    }

    /** The photo's address and its preview's, when the asset has one. */
    public Optional<MediaService.Attachment> photo(Asset asset) {
        return asset.photoId() == null ? Optional.empty() : media.find(asset.photoId());
    }

    private void check(AssetInput input) {
        Map<String, String> problems = input.problems(new HashSet<>(categories.slugs()));
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    private void record(Asset asset, long author, AssetInput input, Instant at) {
        history.record(asset, author, input, at);
    }

    /** The member who asked; the organiser token writes as the hub itself. */
    private long author(AssetEditor editor) {
        return editor.actorId() != null ? editor.actorId() : localActors.hub().id();
    }
}
