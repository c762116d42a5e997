package london.patchwork.server.aggregation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** {@code hub_shares}: each object from a joined hub, seen once, announced or brought in by the backfill. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SharingRepository extends GenericRepository<Hub, Long> {

    /** Records the object unless it is recorded already; 1 when this call recorded it. */
    @Query("""
            insert into hub_shares (object_uri, hub_id, shared) values (:objectUri, :hubId, :shared)
            on conflict (object_uri) do nothing""")
    int recordOnce(String objectUri, long hubId, boolean shared);

    /** Content from the hub was kept here just now. */
    @Query("update hubs set last_activity_at = :at where id = :id and (last_activity_at is null or last_activity_at < :at)")
    void touched(long id, Instant at);
}
