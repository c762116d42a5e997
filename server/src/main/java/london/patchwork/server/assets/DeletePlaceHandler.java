package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/** A peer takes an asset off its map: it leaves ours too. Only the actor who sent it may. */
@Singleton
class DeletePlaceHandler implements ActivityHandler {

    private final RemoteAssets remote;
    private final AssetRepository assets;

    DeletePlaceHandler(RemoteAssets remote, AssetRepository assets) {
        this.remote = remote;
        this.assets = assets;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<URI> id = inbound.activity().object().map(ref -> ref.id());
        Optional<Asset> stored = id.flatMap(uri -> assets.findByUri(uri.toString()));
        if (stored.isEmpty() || stored.get().deleted()) {
            return HandlerOutcome.ignored("we keep no such asset");
        }
        if (!CanonicalUris.sameHost(id.get(), URI.create(inbound.sender().uri()))
                || !RemoteAssets.mayChange(stored.get(), inbound.sender())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not delete " + id.get());
        }
        remote.forget(stored.get());
        return HandlerOutcome.applied("deleted asset " + id.get());
    }
}
