package london.patchwork.server.assets;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Every save of an asset, the hub's or a peer's, kept as a revision in the saving transaction. */
@Singleton
class AssetHistory {

    private final AssetRevisionRepository revisions;
    private final JsonMapper json;

    AssetHistory(AssetRevisionRepository revisions, JsonMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    void record(Asset asset, long author, AssetInput input, Instant at) {
        try {
            revisions.save(new AssetRevision(null, asset.id(), revisions.lastNumber(asset.id()) + 1, author,
                    json.writeValueAsString(AssetJson.Fields.of(input)), at));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<AssetService.Revision> of(Asset asset) {
        return revisions.history(asset.id()).stream().map(revision -> new AssetService.Revision(revision,
                fields(revision))).toList();
    }

    private AssetJson.Fields fields(AssetRevision revision) {
        try {
            return json.readValue(revision.fields(), AssetJson.Fields.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
