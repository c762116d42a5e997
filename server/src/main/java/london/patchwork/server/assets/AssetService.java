package london.patchwork.server.assets;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.database.Sql;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
    private final ListedAssets listed;
    private final london.patchwork.server.instance.Uris localPages;
    private final MapConfiguration map;

    public AssetService(AssetRepository assets, AssetHistory history, AssetCategories categories,
                        AssetsConfiguration configuration, LocalActors localActors, MediaService media,
                        RemoteAssets remote, ApplicationEventPublisher<Changed> changes, ListedAssets listed,
                        london.patchwork.server.instance.Uris localPages, MapConfiguration map) {
        this.map = map;
        this.localPages = localPages;
        this.media = media;
        this.changes = changes;
        this.listed = listed;
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
    public record Changed(Kind kind, Asset asset, boolean imported) {
        public enum Kind { CREATED, EDITED, DELETED, REVIEWED }

        public Changed(Kind kind, Asset asset) {
            this(kind, asset, false);
        }

        /** The asset's id, for listeners in other capabilities, which read it through {@link AssetService}. */
        public long assetId() {
            return asset.id();
        }
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

    /** A peer's Place could not be fetched now (its hub is down or slow): worth trying again later. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(String reason, Throwable cause) {
            super(reason, cause);
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
     * An asset's fields as another capability hands them over (an import's row): tidied and checked exactly as the
     * API's input is.
     */
    public record Draft(String kind, String category, String name, String description, @Nullable String website,
                        @Nullable String email, @Nullable String phone, String status, String eligibility, String fees,
                        String schedule, List<String> languages, String locationName, String address,
                        String postcode, @Nullable Double latitude, @Nullable Double longitude, String accessibility,
                        List<String> tags) {

        AssetInput input() {
            return new AssetInput(kind, category, name, description, website, email, phone, status, eligibility, fees,
                    schedule, languages, locationName, address, postcode, latitude, longitude, accessibility, tags);
        }
    }

    /**
     * Checks drafts against the hub's categories as they are now (read once, for a whole import): field name to
     * reason, empty when the draft may be saved.
     */
    public Function<Draft, Map<String, String>> draftChecks() {
        Set<String> slugs = new HashSet<>(categories.slugs());
        return draft -> draft.input().problems(slugs);
    }

    /**
     * Adds an imported asset, listed at once (only organisers and moderators import), in the caller's transaction.
     *
     * @param actorId the member who imported it, or null for the organiser token (the hub)
     * @return the new asset's id
     */
    @Transactional
    public long createImported(@Nullable Long actorId, Draft draft) {
        return create(new AssetEditor(actorId, true), draft.input(), null, true).id();
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

    /**
     * A listed asset (the hub's own or a peer's) as the hubs' index keeps it.
     *
     * @param uri its {@code Place} id; {@code url} the human page on its origin
     */
    public record Indexed(long id, String uri, String url, String kind, String category, String name,
                          String description, @Nullable Double latitude, @Nullable Double longitude,
                          String postcode, long createdBy, Instant createdAt, Instant updatedAt) {
    }

    /**
     * How this hub's maps look, for other capabilities' maps: the background and the Content-Security-Policy a page
     * with a map needs (the tile server's images allowed only when there is one).
     */
    public record MapLook(london.patchwork.web.assets.MapBackground background, String pagePolicy) {
    }

    public MapLook mapLook() {
        return new MapLook(map.background(), map.pagePolicy());
    }

    /** A listed asset as the hubs' index keeps it (not one deleted, waiting for review or rejected). */
    public Optional<Indexed> indexed(long id) {
        return assets.findById(id).filter(Asset::listed).map(asset -> {
            String page = localPages.page("/assets/" + asset.id()).toString();
            String uri = asset.uri() == null ? page : asset.uri();
            // A Place's id is its page on its origin, as here.
            return new Indexed(asset.id(), uri, uri, asset.kind(), asset.category(), asset.name(),
                    asset.description(), asset.latitude(), asset.longitude(), asset.postcode(), asset.createdBy(),
                    asset.createdAt(), asset.updatedAt());
        });
    }

    /** The ids of listed assets after {@code afterId} in order: to fill the hubs' index in batches. */
    public List<Long> indexableAfter(long afterId, int limit) {
        return assets.findListedIdsAfter(afterId, limit);
    }

    /** A live asset (the hub's own or a peer's) as other capabilities read it. */
    /**
     * How many live assets are kept here from an origin ({@code scheme://host[:port]}), or how many of this hub's own
     * are listed when {@code origin} is null: for the hubs directory, one indexed count.
     */
    public long count(@Nullable String origin) {
        return origin == null ? listed.count() : assets.countUnder(Sql.under(origin));
    }

    public Optional<Entry> entry(long id) {
        return find(id).map(Entry::of);
    }

    /** The live assets among these ids, by id, in one query (for exports that name thousands). */
    public Map<Long, Entry> entries(java.util.Collection<Long> ids) {
        Map<Long, Entry> found = new java.util.HashMap<>();
        for (Asset asset : assets.findByIdIn(ids)) {
            if (!asset.deleted()) {
                found.put(asset.id(), Entry.of(asset));
            }
        }
        return found;
    }

    /**
     * Who added a live asset: a member here (the hub's Group for the organiser token), or for a peer's asset the
     * actor that published it, who answers for it (an introduction's Offer goes to them).
     */
    public Optional<Long> addedBy(long id) {
        return find(id).map(Asset::createdBy);
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
        return create(editor, input, photoId, false);
    }

    /** @param imported one of many in a bulk import, which listeners may tell followers about more quietly */
    private Asset create(AssetEditor editor, AssetInput input, @Nullable String photoId, boolean imported) {
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
        changes.publishEvent(new Changed(Changed.Kind.CREATED, saved, imported));
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

    /** One page of the hub's own listed assets matching the filter, by name, with how many match in all. */
    public Listing listed(Filter filter, int limit, int offset) {
        return listed.page(filter, limit, offset);
    }

    /** One of the hub's own listed assets by its stable UUID. */
    public Optional<Listed> listed(UUID uuid) {
        return listed.byUuid(uuid);
    }

    /** The tags the hub's own listed assets of these kinds carry, alphabetically. */
    public List<String> listedTags(List<String> kinds) {
        return kinds.isEmpty() ? List.of() : listed.tags(kinds);
    }

    /** The ABCD categories, slug to name, the six built-in first. */
    public Map<String, String> categories() {
        return categories.all();
    }

    public List<Asset> pending() {
        return assets.pending();
    }

    public List<Revision> history(Asset asset) {
        return history.of(asset);
    }

    /**
     * A listed asset as open data shows it: every field, its stable UUID and its page.
     *
     * @param uri a peer's asset: the id of its {@code Place} (its original id); null for the hub's own
     */
    public record Listed(long id, UUID uuid, String kind, String category, String name, String description,
                         @Nullable String website, @Nullable String email, @Nullable String phone, String status,
                         String eligibility, String fees, String schedule, List<String> languages,
                         String locationName, String address, String postcode, @Nullable Double latitude,
                         @Nullable Double longitude, String accessibility, List<String> tags, URI url,
                         Instant createdAt, Instant updatedAt, @Nullable String uri) {

        /** Its ActivityPub id: a peer's Place id, or the hub's own asset's, which is its page. */
        public String originalId() {
            return uri != null ? uri : url.toString();
        }

        /** Where it comes from: {@code scheme://host[:port]} of its original id. */
        public String origin() {
            URI id = URI.create(originalId());
            return id.getScheme() + "://" + id.getRawAuthority();
        }

        /** Something says where it is: a point, an address, a postcode or a place name. */
        public boolean located() {
            return latitude != null || !address.isEmpty() || !postcode.isEmpty() || !locationName.isEmpty();
        }
    }

    /**
     * What to list: assets of these kinds, optionally in a category, of a kind, with a tag (or with any tag), matching
     * words, changed at or after an instant, with a postcode starting so (letters and digits only), or with a place.
     */
    public record Filter(List<String> kinds, @Nullable String category, @Nullable String kind, @Nullable String tag,
                         boolean tagged, @Nullable String text, @Nullable Instant modifiedAfter,
                         @Nullable String postcode, boolean located) {

        public Filter {
            kinds = List.copyOf(kinds);
            postcode = postcode == null ? null : postcode.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            postcode = postcode == null || postcode.isEmpty() ? null : postcode;
        }

        public static Filter of(List<String> kinds) {
            return new Filter(kinds, null, null, null, false, null, null, null, false);
        }
    }

    /** The formats of the pooled datasets ({@link #held}). */
    public enum Export { GEOJSON, CSV }

    /**
     * Every asset held here, the hub's own listed ones and the peers' kept ones alike, as a dataset streamed a page at
     * a time, each record carrying its origin ({@code scheme://host[:port]}), the name of the hub there (as
     * {@code hubNames} gives it, the origin itself when it gives none) and its original id (a peer's Place id; the
     * hub's own asset's id, which is its page). For the pan-London Hub's datasets.
     */
    public java.io.InputStream held(Export format, Function<String, String> hubNames) {
        ExportStream.Provenance provenance = asset -> {
            String hub = hubNames.apply(asset.origin());
            return List.of(hub == null ? asset.origin() : hub, asset.origin(), asset.originalId());
        };
        ExportStream.Format writer = format == Export.GEOJSON ? new AssetGeoJson(provenance) : new AssetCsv(provenance);
        return new ExportStream(listed::heldAfter, writer);
    }

    /** What changes whenever the pooled datasets do, for an ETag. */
    public String heldVersion() {
        return listed.heldVersion();
    }

    /** One page of everything held here (the hub's own listed assets and peers' kept ones), by name. */
    public Listing held(Filter filter, int limit, int offset) {
        return listed.heldPage(filter, limit, offset);
    }

    /** One page of listed assets and how many match in all. */
    public record Listing(List<Listed> assets, long total) {
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
