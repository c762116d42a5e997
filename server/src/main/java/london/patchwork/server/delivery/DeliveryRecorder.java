package london.patchwork.server.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.delivery.DeliveryOutcome.Delivered;
import london.patchwork.server.delivery.DeliveryOutcome.Permanent;
import london.patchwork.server.delivery.DeliveryOutcome.Retryable;
import london.patchwork.server.work.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Applies the retry policy and the circuit breaker to the outcome of a send, in one transaction: the job is
 * delivered, scheduled again, or failed, and its host's health is updated.
 */
@Singleton
public class DeliveryRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRecorder.class);

    private final DeliveryJobStore jobs;
    private final DomainCircuits circuits;
    private final RetryPolicy retry;
    private final DeliveryMetrics metrics;

    public DeliveryRecorder(DeliveryJobStore jobs, DomainCircuits circuits, DeliveryRetryConfiguration retry,
                            DeliveryMetrics metrics) {
        this.jobs = jobs;
        this.circuits = circuits;
        this.retry = retry.policy();
        this.metrics = metrics;
    }

    /** Records what a send came to. */
    @Transactional
    public void record(ClaimedJob job, DeliveryOutcome outcome) {
        boolean applied;
        boolean givenUp = false;
        switch (outcome) {
            case Delivered delivered -> {
                applied = jobs.delivered(job, delivered.status());
                circuits.answered(job.host());
            }
            case Permanent permanent -> {
                applied = jobs.failed(job, permanent.status(), permanent.error());
                if (permanent.peerAnswered()) {
                    circuits.answered(job.host());
                }
                LOG.info("event=delivery_failed job={} inbox={} status={} attempts={} reason=permanent error=\"{}\"",
                        job.id(), job.inbox(), permanent.status(), job.attempts(), Sql.excerpt(permanent.error()));
            }
            case Retryable retryable -> {
                Optional<Instant> next = retry.nextAttempt(job.attempts(), job.queuedAt(), Instant.now(),
                        ThreadLocalRandom.current().nextDouble(), retryable.retryAfter());
                givenUp = next.isEmpty();
                applied = givenUp ? jobs.failed(job, retryable.status(), "gave up after " + job.attempts()
                        + " attempts: " + retryable.error()) : jobs.retryAt(job, retryable.status(), retryable.error(), next.get());
                Duration open = circuits.failed(job.host(), retryable.error(), job.probe());
                // A host that asked for a pause gets it for every job queued for it, not just this one.
                Duration hold = open.compareTo(retryable.retryAfter()) >= 0 ? open : retryable.retryAfter();
                if (!hold.isZero()) {
                    jobs.holdHost(job.host(), hold);
                }
                if (givenUp) {
                    LOG.info("event=delivery_failed job={} inbox={} status={} attempts={} reason=gave_up error=\"{}\"",
                            job.id(), job.inbox(), retryable.status(), job.attempts(), Sql.excerpt(retryable.error()));
                }
            }
        }
        if (!applied) {
            // Only when this process held the job past its lease (a stalled JVM): whoever took it over records it.
            LOG.warn("event=delivery_lease_lost job={} inbox={} attempt={}", job.id(), job.inbox(), job.attempts());
        }
        metrics.attempt(DeliveryOutcome.tag(outcome, givenUp));
    }
}
