package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery_jobs rows as a queue. A claim locks one due row with {@code FOR UPDATE SKIP LOCKED}, so
 * concurrent workers in any number of processes never take the same job, marks it {@code in_flight} with a
 * lease and commits; the send happens after, outside any transaction. Results are fenced by the attempt number
 * (see {@link ClaimedJob}).
 */
@Singleton
public class DeliveryJobStore {

    /** A claim that meets hosts whose probe someone else holds tries again with them left out, this often. */
    private static final int CLAIM_TRIES = 4;

    private static final String DUE = """
            select j.id, j.activity_id, j.inbox_uri, j.host, j.attempts, j.queued_at,
                   coalesce(d.consecutive_failures, 0) as failures
            from delivery_jobs j left join domains d on d.host = j.host
            where j.state = 'pending' and j.next_attempt_at <= now()
              and (d.circuit_open_until is null or d.circuit_open_until <= now())
              and not coalesce(d.blocked, false)
              and not (j.host = any(?))
            order by j.next_attempt_at
            limit 1
            for update of j skip locked""";

    private final JdbcOperations jdbc;
    private final DomainCircuits circuits;
    private final DeliveryConfiguration configuration;

    public DeliveryJobStore(JdbcOperations jdbc, DomainCircuits circuits, DeliveryConfiguration configuration) {
        this.jdbc = jdbc;
        this.circuits = circuits;
        this.configuration = configuration;
    }

    /**
     * Claims the most overdue job, leaving out hosts this process is already sending to at its limit and hosts
     * whose circuit is open. A job on a host whose open period just ended is claimed only as that host's single
     * probe.
     *
     * @param busyHosts hosts to leave out
     * @return the job, now in flight under this process's lease, or empty when nothing is due
     */
    @Transactional
    public Optional<ClaimedJob> claim(Set<String> busyHosts) {
        Set<String> skip = new HashSet<>(busyHosts);
        for (int i = 0; i < CLAIM_TRIES; i++) {
            Optional<Candidate> candidate = nextDue(skip);
            if (candidate.isEmpty()) {
                return Optional.empty();
            }
            Candidate c = candidate.get();
            boolean probe = circuits.isTripped(c.failures());
            if (probe && !circuits.takeProbe(c.job().host())) {
                skip.add(c.job().host());
                continue;
            }
            jdbc.prepareStatement("""
                    update delivery_jobs set state = 'in_flight', attempts = attempts + 1,
                        lease_until = now() + make_interval(secs => ?)
                    where id = ?""", s -> Sql.bind(s, configuration.lease(), c.job().id()).executeUpdate());
            ClaimedJob job = c.job();
            return Optional.of(new ClaimedJob(job.id(), job.activityId(), job.inbox(), job.host(), job.attempts() + 1,
                    job.queuedAt(), probe));
        }
        return Optional.empty();
    }

    /** Hands a claimed job back untried (this process could not send to its host right now). */
    @Transactional
    public boolean release(ClaimedJob job) {
        return fencedWith(job, "state = 'pending', attempts = attempts - 1, lease_until = null");
    }

    /** Marks a job delivered. */
    @Transactional
    public boolean delivered(ClaimedJob job, int status) {
        return fencedWith(job, "state = 'delivered', lease_until = null, finished_at = now(), last_error = null, "
                + "last_status = ?", status);
    }

    /** Puts a job back in the queue until a later attempt. */
    @Transactional
    public boolean retryAt(ClaimedJob job, @Nullable Integer status, String error, Instant next) {
        return fencedWith(job, "state = 'pending', lease_until = null, next_attempt_at = ?, last_status = ?, "
                + "last_error = ?", next, status, Sql.excerpt(error));
    }

    /** Fails a job for good. */
    @Transactional
    public boolean failed(ClaimedJob job, @Nullable Integer status, String error) {
        return fencedWith(job, "state = 'failed', lease_until = null, finished_at = now(), last_status = ?, "
                + "last_error = ?", status, Sql.excerpt(error));
    }

    /** Keeps the pending jobs of a host whose circuit opened out of the due set until the circuit may close. */
    @Transactional
    public void holdHost(String host, Duration openFor) {
        jdbc.prepareStatement("""
                update delivery_jobs set next_attempt_at = greatest(next_attempt_at, now() + make_interval(secs => ?))
                where host = ? and state = 'pending'""", s -> Sql.bind(s, openFor, host).executeUpdate());
    }

    /**
     * Fails the pending jobs of a blocked host and its subdomains for good: nothing more goes there.
     *
     * @return the jobs dropped
     */
    @Transactional
    public int dropForBlockedHost(String host) {
        return jdbc.prepareStatement("""
                update delivery_jobs set state = 'failed', finished_at = now(), last_error = 'domain blocked'
                where state = 'pending' and (host = ? or host like ?)""",
                s -> Sql.bind(s, host, "%." + host).executeUpdate());
    }

    private boolean fencedWith(ClaimedJob job, String assignments, Object... values) {
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = job.id();
        all[values.length + 1] = job.attempts();
        int updated = jdbc.prepareStatement("update delivery_jobs set " + assignments
                + " where id = ? and attempts = ? and state = 'in_flight'", s -> Sql.bind(s, all).executeUpdate());
        return updated == 1;
    }

    private Optional<Candidate> nextDue(Set<String> skip) {
        return jdbc.prepareStatement(DUE, statement -> {
            Sql.bind(statement, (Object) skip.toArray(String[]::new));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(candidate(row)) : Optional.empty();
            }
        });
    }

    private static Candidate candidate(ResultSet row) throws SQLException {
        ClaimedJob job = new ClaimedJob(row.getLong("id"), row.getLong("activity_id"),
                URI.create(row.getString("inbox_uri")), row.getString("host"), row.getInt("attempts"),
                row.getTimestamp("queued_at").toInstant(), false);
        return new Candidate(job, row.getInt("failures"));
    }

    /** A due job and its host's consecutive failures, as read with the row lock. */
    private record Candidate(ClaimedJob job, int failures) {
    }
}
