package london.patchwork.server.delivery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.time.Duration;

/**
 * The per-domain circuit breaker, kept in the domains table so that every process sharing the database sees the
 * same state. A row exists only for hosts that have failed at some point.
 */
@Singleton
public class DomainCircuits {

    private static final Logger LOG = LoggerFactory.getLogger(DomainCircuits.class);

    private final JdbcOperations jdbc;
    private final CircuitPolicy policy;
    private final DeliveryConfiguration configuration;

    public DomainCircuits(JdbcOperations jdbc, CircuitPolicy policy, DeliveryConfiguration configuration) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.configuration = configuration;
    }

    /** Whether this many consecutive failures trip the breaker. */
    public boolean isTripped(int consecutiveFailures) {
        return consecutiveFailures >= policy.failureThreshold();
    }

    /**
     * Takes the single probe of a host whose open period has ended, by opening its circuit again for one lease:
     * of all the workers that reach the host at once, only the one whose update matches sends.
     *
     * @return whether this caller holds the probe
     */
    @Transactional
    public boolean takeProbe(String host) {
        int taken = jdbc.prepareStatement("""
                update domains set circuit_open_until = now() + make_interval(secs => ?)
                where host = ? and consecutive_failures >= ?
                  and (circuit_open_until is null or circuit_open_until <= now())""",
                s -> Sql.bind(s, configuration.lease(), host, policy.failureThreshold()).executeUpdate());
        return taken == 1;
    }

    /** The host answered: its circuit closes, if it was open. */
    @Transactional
    public void answered(String host) {
        int closed = jdbc.prepareStatement("""
                update domains set consecutive_failures = 0, circuit_open_until = null, last_success_at = now()
                where host = ? and (consecutive_failures > 0 or circuit_open_until is not null)""",
                s -> Sql.bind(s, host).executeUpdate());
        if (closed == 1) {
            LOG.info("event=delivery_circuit_closed host={}", host);
        }
    }

    /**
     * The host did not answer, or answered with a server error: counts one more consecutive failure and, past
     * the threshold, opens the circuit. A failure of a send that started before the circuit opened (several were
     * in flight when the host went down) is recorded but changes nothing: the open period grows with failed
     * probes, not with how many sends happened to be under way.
     *
     * @param probe whether the failed send was the host's probe
     * @return how long the circuit was opened for now (zero when this failure opened nothing)
     */
    @Transactional
    public Duration failed(String host, String error, boolean probe) {
        int failures = jdbc.prepareStatement("""
                insert into domains as d (host, consecutive_failures, last_failure_at, last_failure)
                values (?, 1, now(), ?)
                on conflict (host) do update set
                    consecutive_failures = case when d.circuit_open_until > now() and not ? then d.consecutive_failures
                                                else d.consecutive_failures + 1 end,
                    last_failure_at = now(), last_failure = excluded.last_failure
                returning case when circuit_open_until > now() and not ? then -1 else consecutive_failures end""", s -> {
            Sql.bind(s, host, Sql.excerpt(error), probe, probe);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
        Duration open = failures < 0 ? Duration.ZERO : policy.openPeriod(failures);
        if (!open.isZero()) {
            jdbc.prepareStatement("update domains set circuit_open_until = now() + make_interval(secs => ?) where host = ?",
                    s -> Sql.bind(s, open, host).executeUpdate());
            LOG.info("event=delivery_circuit_opened host={} failures={} openFor={} probe={}", host, failures, open, probe);
        }
        return open;
    }

    /** Closes the circuit of one host, or of every host when {@code host} is null (an operator's retry). */
    @Transactional
    public int reset(String host) {
        return jdbc.prepareStatement("""
                update domains set consecutive_failures = 0, circuit_open_until = null
                where (cast(? as text) is null or host = ?) and (consecutive_failures > 0 or circuit_open_until is not null)""",
                s -> Sql.bind(s, host, host).executeUpdate());
    }
}
