package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the queue for the operator view. */
@Singleton
public class DeliveryReports {

    static final int DOMAINS_SHOWN = 100;
    static final int FAILURES_SHOWN = 50;

    private final JdbcOperations jdbc;
    private final CircuitPolicy circuits;

    public DeliveryReports(JdbcOperations jdbc, CircuitPolicy circuits) {
        this.jdbc = jdbc;
        this.circuits = circuits;
    }

    /**
     * How delivery to one host is going, as a directory of peers shows it.
     *
     * @param lastDeliveredAt when an activity last reached it (null: never, or not since finished jobs were cleaned)
     * @param circuit         {@code closed} (sending), {@code open} (resting after failures) or {@code half-open}
     *                        (the rest is over: the next send is the probe)
     */
    public record HostHealth(@Nullable Instant lastDeliveredAt, String circuit) {
    }

    /** The health of delivery to a host ({@code host[:port]}, the circuit breaker's key): two indexed reads. */
    @Transactional(readOnly = true)
    public HostHealth host(String host) {
        Instant delivered = jdbc.prepareStatement("""
                select greatest((select max(finished_at) from delivery_jobs where host = ? and state = 'delivered'),
                                (select last_success_at from domains where host = ?))""", statement -> {
            Sql.bind(statement, host, host);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return instant(row, 1);
            }
        });
        String circuit = jdbc.prepareStatement("""
                select case when consecutive_failures < ? then 'closed'
                            when circuit_open_until > now() then 'open' else 'half-open' end
                from domains where host = ?""", statement -> {
            Sql.bind(statement, circuits.failureThreshold(), host);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "closed";
            }
        });
        return new HostHealth(delivered, circuit);
    }

    /** Queue depth by state, the oldest pending job's age, failing hosts and recent failures. */
    @Transactional(readOnly = true)
    public DeliveryStatus status() {
        Map<String, Long> jobs = new LinkedHashMap<>();
        for (String state : List.of("pending", "in_flight", "delivered", "failed")) {
            jobs.put(state, 0L);
        }
        Long[] oldest = new Long[1];
        jdbc.prepareStatement("""
                select state, count(*), extract(epoch from now() - min(queued_at))::bigint
                from delivery_jobs group by state""", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    jobs.put(row.getString(1), row.getLong(2));
                    if ("pending".equals(row.getString(1))) {
                        oldest[0] = row.getLong(3);
                    }
                }
            }
            return null;
        });
        return new DeliveryStatus(jobs, oldest[0], domains(), failures());
    }

    private List<DeliveryStatus.Domain> domains() {
        return jdbc.prepareStatement("""
                select host, blocked, consecutive_failures, coalesce(circuit_open_until > now(), false),
                       circuit_open_until, last_failure_at, last_failure, last_success_at
                from domains where blocked or consecutive_failures > 0 or circuit_open_until > now()
                order by blocked desc, consecutive_failures desc, host limit ?""", statement -> {
            Sql.bind(statement, DOMAINS_SHOWN);
            List<DeliveryStatus.Domain> domains = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    domains.add(new DeliveryStatus.Domain(row.getString(1), row.getBoolean(2), row.getInt(3),
                            row.getBoolean(4), instant(row, 5), instant(row, 6), row.getString(7), instant(row, 8)));
                }
            }
            return domains;
        });
    }

    private List<DeliveryStatus.FailedJob> failures() {
        return jdbc.prepareStatement("""
                select j.id, a.uri, j.inbox_uri, j.host, j.attempts, j.last_status, j.last_error, j.finished_at
                from delivery_jobs j join activities a on a.id = j.activity_id
                where j.state = 'failed' order by j.finished_at desc limit ?""", statement -> {
            Sql.bind(statement, FAILURES_SHOWN);
            List<DeliveryStatus.FailedJob> failed = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int status = row.getInt(6);
                    failed.add(new DeliveryStatus.FailedJob(row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getInt(5), row.wasNull() ? null : status, row.getString(7),
                            instant(row, 8)));
                }
            }
            return failed;
        });
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
