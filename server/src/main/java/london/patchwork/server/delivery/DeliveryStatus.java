package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The operator's view of the queue.
 *
 * @param jobs                 jobs by state (pending, in_flight, delivered, failed)
 * @param oldestPendingSeconds how long the oldest pending job has been queued, or null when none is
 * @param domains              hosts that are failing or blocked, worst first
 * @param recentFailures       the latest jobs that failed for good
 */
@Serdeable
public record DeliveryStatus(Map<String, Long> jobs, @Nullable Long oldestPendingSeconds, List<Domain> domains,
                             List<FailedJob> recentFailures) {

    /**
     * One remote host's delivery health.
     *
     * @param circuitOpen whether deliveries to it are paused now
     */
    @Serdeable
    public record Domain(String host, boolean blocked, int consecutiveFailures, boolean circuitOpen,
                         @Nullable Instant circuitOpenUntil, @Nullable Instant lastFailureAt,
                         @Nullable String lastFailure, @Nullable Instant lastSuccessAt) {
    }

    /** A job that failed for good, with the last error. */
    @Serdeable
    public record FailedJob(long id, String activity, String inbox, String host, int attempts,
                            @Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant finishedAt) {
    }

    /**
     * What a retry did.
     *
     * @param domain         the host retried, or null for all
     * @param requeued       failed jobs put back in the queue
     * @param circuitsClosed circuits closed
     */
    @Serdeable
    public record Retry(@Nullable String domain, int requeued, int circuitsClosed) {
    }
}
