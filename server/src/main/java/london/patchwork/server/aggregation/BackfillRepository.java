package london.patchwork.server.aggregation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The backfill's own columns of {@code hubs}: a lease to claim a hub, progress, retries and the outcome. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BackfillRepository extends GenericRepository<Hub, Long> {

    /**
     * Claims the hub whose backfill is most overdue, leasing it: a process that dies mid-stage leaves it due again
     * when the lease ends, and the stage is run again (harmless: what it stores is stored once).
     */
    @Query("""
            update hubs set backfill_state = 'running', backfill_next_at = now() + cast(:lease as interval)
            where id = (select id from hubs where backfill_state in ('pending', 'running')
                        and backfill_next_at <= now() order by backfill_next_at, id limit 1 for update skip locked)
            returning *""")
    List<Hub> claimDue(String lease);

    /** A stage is done: where to resume, how many items so far, and due again at once for the next stage. */
    @Query("""
            update hubs set backfill_cursor = :cursor, backfill_items = :items, backfill_attempts = 0,
            backfill_error = null, backfill_next_at = now() where id = :id""")
    void progressed(long id, String cursor, int items);

    @Query("""
            update hubs set backfill_state = 'done', backfill_cursor = :cursor, backfill_items = :items,
            backfill_attempts = 0, backfill_error = null where id = :id""")
    void finished(long id, String cursor, int items);

    /** A failed try: counted, and due again at {@code next}. */
    @Query("""
            update hubs set backfill_attempts = backfill_attempts + 1, backfill_error = :error,
            backfill_next_at = :next where id = :id""")
    void retryAt(long id, String error, Instant next);

    @Query("""
            update hubs set backfill_state = 'failed', backfill_attempts = backfill_attempts + 1,
            backfill_error = :error where id = :id""")
    void failed(long id, String error);

    /** The hub's Group accepted the follow its backfill waits for: due now, its back-off forgotten. */
    @Query("""
            update hubs set backfill_next_at = now(), backfill_attempts = 0
            where actor_id = :actorId and backfill_state in ('pending', 'running')""")
    void dueOnAccept(long actorId);

    @Query("select backfill_attempts from hubs where id = :id")
    int attempts(long id);
}
