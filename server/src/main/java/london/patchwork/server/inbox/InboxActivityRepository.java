package london.patchwork.server.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboxActivityRepository extends CrudRepository<InboxActivity, Long> {

    /** Stores an activity once: a redelivery of the same id inserts nothing and returns 0. */
    @Query("""
            insert into inbox_activities (activity_uri, type, actor_uri, key_id, raw)
            values (:activityUri, :type, :actorUri, :keyId, cast(:raw as jsonb))
            on conflict (activity_uri) do nothing""")
    int insertOnce(String activityUri, String type, String actorUri, String keyId, String raw);

    Optional<InboxActivity> findByActivityUri(String activityUri);

    /**
     * The type of an activity sent from here (the outbox's table) or received before, which an {@code Undo} or
     * {@code Accept} may name by id alone: one round trip for both.
     */
    @Query("""
            (select type from activities where uri = :uri)
            union all (select type from inbox_activities where activity_uri = :uri)
            limit 1""")
    Optional<String> findTypeOfActivity(String uri);

    /** The type of an activity received before, which an {@code Undo} or {@code Accept} may name by id alone. */
    @Query("select type from inbox_activities where activity_uri = :activityUri")
    Optional<String> findTypeByActivityUri(String activityUri);

    /**
     * Leases due activities to this worker. Locked rows are skipped, so workers in any number of processes
     * never take the same one; an expired lease (a worker that died) makes a row due again.
     */
    @Query("""
            update inbox_activities set lease_until = now() + interval '2 minutes', attempts = attempts + 1
            where id in (select id from inbox_activities
                         where state = 'pending' and next_attempt_at <= now()
                           and (lease_until is null or lease_until < now())
                         order by id limit :limit for update skip locked)
            returning *""")
    List<InboxActivity> lease(int limit);

    @Query("""
            update inbox_activities set state = :state, outcome = :outcome, processed_at = now(), lease_until = null
            where id = :id""")
    void finish(Long id, String state, String outcome);

    @Query("""
            update inbox_activities set next_attempt_at = :nextAttemptAt, outcome = :outcome, lease_until = null
            where id = :id""")
    void retryAt(Long id, Instant nextAttemptAt, String outcome);

    @Query("select count(*) from inbox_activities where state = 'pending'")
    long countPending();
}
