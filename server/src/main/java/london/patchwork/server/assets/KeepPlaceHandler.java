package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Place;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.util.Optional;

/**
 * A peer hub's Group puts an asset on its map or edits it ({@code Create} or {@code Update} of a {@code Place}): kept
 * when someone here follows the sender (or the Place is addressed to someone here), only from an actor on the Place's
 * own host, and changed only by the actor who sent it first. A second Create from its sender (the asset was approved
 * again) is an edit; an Update of one not kept yet (its Create was missed) keeps it when it belongs here.
 */
@Singleton
class KeepPlaceHandler implements ActivityHandler {

    private final RemoteAssets remote;
    private final AssetRepository assets;

    KeepPlaceHandler(RemoteAssets remote, AssetRepository assets) {
        this.remote = remote;
        this.assets = assets;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<Place> object = inbound.object(Place.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no place");
        }
        Place place = object.get();
        if (!RemoteAssets.fromItsOrigin(place, inbound.sender())) {
            return HandlerOutcome.ignored("place " + place.id() + " is not from " + inbound.sender().uri());
        }
        Optional<Asset> stored = assets.findByUri(place.id().toString());
        if (stored.isPresent() && !RemoteAssets.mayChange(stored.get(), inbound.sender())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " did not send " + place.id());
        }
        if (stored.map(Asset::deleted).orElse(false)) {
            return HandlerOutcome.ignored("place " + place.id() + " was deleted");
        }
        if (stored.isEmpty() && !remote.belongsHere(place, inbound.sender())) {
            return HandlerOutcome.ignored("not addressed to, or from anyone followed by, anyone here");
        }
        return remote.keep(place, inbound.sender(), stored)
                .map(asset -> HandlerOutcome.applied((stored.isPresent() ? "updated asset " : "kept asset ")
                        + place.id()))
                .orElseGet(() -> HandlerOutcome.ignored("place " + place.id() + " has no name"));
    }
}
