package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.KnownObjects;

import java.net.URI;
import java.util.Optional;

/** Peers' assets kept here, so a {@code Delete} naming one only by id is routed to the assets. */
@Singleton
class AssetObjects implements KnownObjects {

    private final AssetRepository assets;

    AssetObjects(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public Optional<String> typeOf(URI id) {
        return assets.findByUri(id.toString()).map(asset -> "Place");
    }
}
