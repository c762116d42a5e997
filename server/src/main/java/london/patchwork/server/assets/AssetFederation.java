package london.patchwork.server.assets;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Place;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.Outbox;
import london.patchwork.server.posts.PostService;

import java.net.URI;

/**
 * Tells the hub Group's followers about the map, in the transaction that changed it: {@code Create} when an asset
 * becomes listed (added approved, or approved later), {@code Update} on an edit while listed, {@code Delete} when it
 * is deleted or stops being listed. Peers' assets kept here are never sent on.
 *
 * <p>Mastodon drops a {@code Place}, so when an asset is listed the Group also posts a short public Note (its name,
 * the start of its description and its link): Mastodon followers see a linked summary, Patchwork peers see the
 * Note in their timelines and the asset on their map, the one pointing at the other.
 */
@Singleton
class AssetFederation {

    private final AssetActivities activities;
    private final AssetService assets;
    private final Outbox outbox;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ActorRepository actors;
    private final Uris uris;
    private final PostService posts;

    AssetFederation(AssetActivities activities, AssetService assets, Outbox outbox, LocalActors localActors,
                    LocalActorUris actorUris, ActorRepository actors, Uris uris, PostService posts) {
        this.posts = posts;
        this.activities = activities;
        this.assets = assets;
        this.outbox = outbox;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.actors = actors;
        this.uris = uris;
    }

    @EventListener
    void onChanged(AssetService.Changed change) {
        Asset asset = change.asset();
        if (asset.uri() != null) {
            return;
        }
        Actor hub = localActors.hub();
        URI hubId = actorUris.id(hub);
        switch (change.kind()) {
            case CREATED, REVIEWED -> {
                if (asset.listed()) {
                    outbox.publish(hub, activities.create(outbox.newActivityUri(), hubId, document(asset, hub)),
                            null, false);
                    if (!change.imported()) {
                        // A thousand imported assets would be a thousand posts in residents' timelines.
                        posts.announce(hub, AssetActivities.newOnTheMap(asset, activities.uri(asset.id())));
                    }
                } else if (change.kind() == AssetService.Changed.Kind.REVIEWED) {
                    // A rejection after approval takes it off peers' maps; one before is news to nobody, and a
                    // Delete of something never sent is ignored.
                    delete(asset, hub, hubId);
                }
            }
            case EDITED -> {
                if (asset.listed()) {
                    outbox.publish(hub, activities.update(outbox.newActivityUri(), hubId, document(asset, hub)),
                            null, false);
                }
            }
            case DELETED -> {
                if (Asset.APPROVED.equals(asset.review())) {
                    delete(asset, hub, hubId);
                }
            }
        }
    }

    /** The Place as it stands now; also what /assets/{id} serves to fediverse software. */
    Place document(Asset asset, Actor hub) {
        URI addedBy = asset.createdBy() == hub.id() ? null
                : actors.findById(asset.createdBy()).filter(Actor::local).map(actorUris::id).orElse(null);
        return activities.document(asset, actorUris.id(hub), addedBy, uris.followers(hub.username()),
                assets.photo(asset).orElse(null));
    }

    private void delete(Asset asset, Actor hub, URI hubId) {
        outbox.publish(hub, activities.delete(outbox.newActivityUri(), hubId, activities.tombstone(asset),
                uris.followers(hub.username())), null, false);
    }
}
