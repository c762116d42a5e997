package london.patchwork.server.assets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the assets (Places) kept from one origin. Their revisions go with them, and so do the ties and
 * introductions that have a removed asset at either end, whoever recorded them (foreign keys cascade): a tie to
 * nothing cannot be shown.
 */
@Singleton
class AssetsFromOrigin implements OriginContent {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<Asset, Long> {

        @Query("delete from assets where left(uri, length(:prefix)) = :prefix")
        int deleteByUriPrefix(String prefix);
    }

    private final Rows rows;

    AssetsFromOrigin(Rows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.deleteByUriPrefix(origin + "/");
    }
}
