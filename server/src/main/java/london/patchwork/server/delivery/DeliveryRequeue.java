package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's retry: failed jobs (all, or one host's) go back in the queue as new, with a fresh give-up age,
 * and the circuits concerned close, so they are sent at once.
 */
@Singleton
public class DeliveryRequeue {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRequeue.class);

    private final JdbcOperations jdbc;
    private final DomainCircuits circuits;
    private final DeliveryWakeUp wakeUp;

    public DeliveryRequeue(JdbcOperations jdbc, DomainCircuits circuits, DeliveryWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.circuits = circuits;
        this.wakeUp = wakeUp;
    }

    /**
     * Requeues failed jobs and closes circuits.
     *
     * @param host one host, or null for every host
     */
    @Transactional
    public DeliveryStatus.Retry retryFailed(@Nullable String host) {
        int requeued = jdbc.prepareStatement("""
                update delivery_jobs set state = 'pending', attempts = 0, next_attempt_at = now(), queued_at = now(),
                    finished_at = null, lease_until = null
                where state = 'failed' and (cast(? as text) is null or host = ?)""",
                statement -> Sql.bind(statement, host, host).executeUpdate());
        int closed = circuits.reset(host);
        LOG.info("event=delivery_requeued host={} jobs={} circuitsClosed={}", host == null ? "*" : host, requeued, closed);
        wakeUp.signal();
        return new DeliveryStatus.Retry(host, requeued, closed);
    }
}
