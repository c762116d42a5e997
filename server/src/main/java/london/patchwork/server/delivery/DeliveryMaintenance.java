package london.patchwork.server.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.work.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * The queue's housekeeping, run by every process on each poll (each step is idempotent, so processes need not
 * agree who runs it): jobs whose lease ran out (their process died mid-send) go back to the queue; jobs of a
 * host whose circuit is still open past the give-up age fail; the depth gauge is counted; old finished jobs are
 * deleted now and then. The gauge is counted every few seconds at most.
 */
@Singleton
public class DeliveryMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryMaintenance.class);
    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(10);
    private static final Duration COUNT_EVERY = Duration.ofSeconds(5);
    private static final int CLEAN_UP_BATCH = 10_000;

    private final JdbcOperations jdbc;
    private final DeliveryConfiguration configuration;
    private final RetryPolicy retry;
    private final DeliveryMetrics metrics;
    private final DeliveryWakeUp wakeUp;
    private volatile Instant lastCleanUp = Instant.EPOCH;
    private volatile Instant lastCount = Instant.EPOCH;

    public DeliveryMaintenance(JdbcOperations jdbc, DeliveryConfiguration configuration,
                               DeliveryRetryConfiguration retry,
                               DeliveryMetrics metrics, DeliveryWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.configuration = configuration;
        this.retry = retry.policy();
        this.metrics = metrics;
        this.wakeUp = wakeUp;
    }

    /** One round of housekeeping, in one short transaction. */
    @Transactional
    public void run() {
        int reclaimed = reclaimExpiredLeases();
        if (reclaimed > 0) {
            LOG.info("event=delivery_leases_reclaimed jobs={}", reclaimed);
            wakeUp.signal();
        }
        int abandoned = failJobsBehindOpenCircuits();
        if (abandoned > 0) {
            LOG.info("event=delivery_failed jobs={} reason=circuit_open_past_give_up_age", abandoned);
        }
        if (Instant.now().isAfter(lastCount.plus(COUNT_EVERY))) {
            lastCount = Instant.now();
            countDepth();
        }
        if (Instant.now().isAfter(lastCleanUp.plus(CLEAN_UP_EVERY))) {
            lastCleanUp = Instant.now();
            deleteOldFinishedJobs();
        }
    }

    /** Jobs left in flight by a process that stopped: at-least-once, so they are sent again. */
    int reclaimExpiredLeases() {
        return jdbc.prepareStatement("""
                update delivery_jobs set state = 'pending', lease_until = null, next_attempt_at = now(),
                    last_error = 'lease expired: the process sending it stopped before recording the outcome'
                where state = 'in_flight' and lease_until < now()""", statement -> statement.executeUpdate());
    }

    private int failJobsBehindOpenCircuits() {
        return jdbc.prepareStatement("""
                update delivery_jobs j set state = 'failed', finished_at = now(), lease_until = null,
                    last_error = 'gave up: host unreachable (circuit open): ' || coalesce(d.last_failure, j.last_error, '')
                from domains d
                where d.host = j.host and d.circuit_open_until > now()
                  and j.state = 'pending' and j.queued_at < now() - make_interval(secs => ?)""",
                statement -> Sql.bind(statement, retry.giveUpAfter()).executeUpdate());
    }

    private void countDepth() {
        jdbc.prepareStatement("""
                select (select count(*) from delivery_jobs where state = 'pending'),
                       (select count(*) from delivery_jobs where state = 'in_flight'),
                       (select count(*) from delivery_jobs where state = 'failed')""", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                metrics.depth(row.getLong(1), row.getLong(2), row.getLong(3));
            }
            return null;
        });
    }

    private void deleteOldFinishedJobs() {
        int deleted = jdbc.prepareStatement("""
                delete from delivery_jobs where id in (
                    select id from delivery_jobs where state in ('delivered', 'failed')
                      and finished_at < now() - make_interval(secs => ?) limit ?)""",
                statement -> Sql.bind(statement, configuration.keepFinished(), CLEAN_UP_BATCH).executeUpdate());
        if (deleted > 0) {
            LOG.info("event=delivery_jobs_cleaned jobs={}", deleted);
        }
    }
}
