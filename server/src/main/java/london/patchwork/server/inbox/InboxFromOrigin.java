package london.patchwork.server.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets which activities from one origin were received and applied: they keep every redelivery out while the
 * content they brought is kept, but once that content is forgotten, joining the same hub again must be able to
 * apply them again (its backfill stores them anew).
 */
@Singleton
class InboxFromOrigin implements OriginContent {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<InboxActivity, Long> {

        @Query("delete from inbox_activities where state <> 'pending' and left(activity_uri, length(:prefix)) = :prefix")
        int deleteByUriPrefix(String prefix);
    }

    private final Rows rows;

    InboxFromOrigin(Rows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.deleteByUriPrefix(origin + "/");
    }
}
