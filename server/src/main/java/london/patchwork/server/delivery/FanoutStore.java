package london.patchwork.server.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.net.URI;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * The activities table as the fan-out's queue: activities with {@code fanout_state = 'pending'} are claimed
 * under a lease (a process that dies mid-plan leaves the lease to expire and another takes over), then their
 * delivery jobs are inserted and the activity marked done in one transaction.
 */
@Singleton
public class FanoutStore {

    /** Inbox URLs per INSERT: one statement, one round trip, for a few thousand jobs. */
    static final int INSERT_BATCH = 5_000;

    private final JdbcOperations jdbc;
    private final DeliveryConfiguration configuration;

    public FanoutStore(JdbcOperations jdbc, DeliveryConfiguration configuration) {
        this.jdbc = jdbc;
        this.configuration = configuration;
    }

    /** Claims the oldest activity awaiting fan-out whose lease (if any) has run out. One statement, committed. */
    @Transactional
    public Optional<PendingActivity> claim() {
        return jdbc.prepareStatement("""
                update activities set fanout_lease_until = now() + make_interval(secs => ?)
                where id = (select id from activities
                            where fanout_state = 'pending' and (fanout_lease_until is null or fanout_lease_until < now())
                            order by id limit 1 for update skip locked)
                returning id, uri, actor_id, raw::text""", statement -> {
            Sql.bind(statement, configuration.fanoutLease());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new PendingActivity(row.getLong(1), row.getString(2), row.getLong(3),
                        row.getString(4))) : Optional.empty();
            }
        });
    }

    /**
     * Inserts one job per inbox and marks the activity done. A job that already exists (a second run after a lost
     * lease) is left as it is.
     *
     * @return how many jobs were new
     */
    @Transactional
    public int complete(long activityId, List<PlannedJob> jobs) {
        int inserted = 0;
        for (int from = 0; from < jobs.size(); from += INSERT_BATCH) {
            List<PlannedJob> batch = jobs.subList(from, Math.min(jobs.size(), from + INSERT_BATCH));
            String[] inboxes = batch.stream().map(job -> job.inbox().toString()).toArray(String[]::new);
            String[] hosts = batch.stream().map(PlannedJob::host).toArray(String[]::new);
            inserted += jdbc.prepareStatement("""
                    insert into delivery_jobs (activity_id, inbox_uri, host)
                    select ?, inbox, host from unnest(?::text[], ?::text[]) as planned(inbox, host)
                    on conflict (activity_id, inbox_uri) do nothing""",
                    statement -> Sql.bind(statement, activityId, inboxes, hosts).executeUpdate());
        }
        jdbc.prepareStatement("update activities set fanout_state = 'done', fanout_lease_until = null where id = ?",
                statement -> Sql.bind(statement, activityId).executeUpdate());
        return inserted;
    }


    /**
     * One delivery job to create.
     *
     * @param inbox the canonical inbox URL
     * @param host  its canonical host[:port], the circuit breaker's key
     */
    public record PlannedJob(URI inbox, String host) {
    }
}
