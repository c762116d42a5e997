package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.outbox.HubCollection;

import java.util.List;

/** The hub's own listed assets, for its Group's {@code assets} collection: each the Place its id serves. */
@Singleton
class AssetsCollection implements HubCollection {

    private final AssetRepository assets;
    private final AssetFederation federation;
    private final LocalActors localActors;

    AssetsCollection(AssetRepository assets, AssetFederation federation, LocalActors localActors) {
        this.assets = assets;
        this.federation = federation;
        this.localActors = localActors;
    }

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public long count() {
        return assets.countListedLocal();
    }

    @Override
    public List<ApObject> page(int offset, int limit) {
        Actor hub = localActors.hub();
        return assets.listedLocal(offset, limit).stream().<ApObject>map(asset -> federation.document(asset, hub))
                .toList();
    }
}
