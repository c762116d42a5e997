package london.patchwork.server.connections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the ties (Relationships) kept from one origin; introductions that led to one keep their own record.
 */
@Singleton
class TiesFromOrigin implements OriginContent {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<Tie, Long> {

        @Query("delete from ties where left(uri, length(:prefix)) = :prefix")
        int deleteByUriPrefix(String prefix);
    }

    private final Rows rows;

    TiesFromOrigin(Rows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.deleteByUriPrefix(origin + "/");
    }
}
