package london.patchwork.server.assets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssetRevisionRepository extends CrudRepository<AssetRevision, Long> {

    @Query("select id, asset_id, number, author_id, fields::text as fields, created_at from asset_revisions "
            + "where asset_id = :assetId order by number desc")
    List<AssetRevision> history(long assetId);

    @Query("select coalesce(max(number), 0) from asset_revisions where asset_id = :assetId")
    int lastNumber(long assetId);
}
