package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/**
 * One save of an asset, never changed afterwards.
 *
 * @param fields the asset's fields as they were saved, as JSON in the API's shape
 */
@MappedEntity("asset_revisions")
public record AssetRevision(
        @Id @GeneratedValue @Nullable Long id,
        long assetId,
        int number,
        long authorId,
        @ColumnTransformer(write = "?::jsonb") String fields,
        Instant createdAt) {
}
