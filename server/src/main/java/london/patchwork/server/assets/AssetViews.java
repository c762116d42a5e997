package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.instance.Uris;

/** Assets as the API shows them. */
@Singleton
class AssetViews {

    /** An asset with nothing filled in: what a PUT or a new asset starts from. */
    static final AssetInput BLANK = new AssetInput("", "", "", "", null, null, null, "active", "", "", "",
            java.util.List.of(), "", "", "", null, null, "", java.util.List.of());

    private final ActorRepository actors;
    private final Uris uris;

    private final AssetService assets;

    AssetViews(ActorRepository actors, Uris uris, AssetService assets) {
        this.assets = assets;
        this.actors = actors;
        this.uris = uris;
    }

    AssetJson.Full full(Asset asset) {
        return new AssetJson.Full(String.valueOf(asset.id()), url(asset).toString(), asset.uri(), asset.uri() == null, origin(asset).isEmpty() ? null : origin(asset),
                AssetJson.Fields.of(asset.input()), assets.photo(asset).map(photo -> new AssetJson.Photo(
                        String.valueOf(photo.id()), photo.url(), photo.previewUrl())).orElse(null), asset.review(), handle(asset.createdBy()),
                asset.createdAt().toString(), asset.updatedAt().toString());
    }

    AssetJson.Revision revision(AssetService.Revision revision) {
        return new AssetJson.Revision(revision.revision().number(), handle(revision.revision().authorId()),
                revision.revision().createdAt().toString(), revision.fields());
    }

    /** A peer's asset: the host of its Place id; empty for the hub's own. */
    static String origin(Asset asset) {
        return asset.uri() == null ? "" : london.patchwork.server.http.CanonicalUris.host(java.net.URI.create(
                asset.uri())).orElse("");
    }

    java.net.URI url(Asset asset) {
        return uris.page("/assets/" + asset.id());
    }

    /** The local username of whoever added or edited it. */
    String handle(long actorId) {
        return actors.findById(actorId).map(Actor::username).orElse("");
    }
}
