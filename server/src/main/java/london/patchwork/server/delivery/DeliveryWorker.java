package london.patchwork.server.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One delivery worker: claim a due job (committed), send it outside any transaction within its host's
 * concurrency limit, record the outcome; wait for a wake-up or the poll interval when nothing is due.
 */
final class DeliveryWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryJobStore jobs;
    private final DeliverySender sender;
    private final DeliveryRecorder recorder;
    private final HostLimits hostLimits;
    private final DeliveryWakeUp wakeUp;
    private final Duration pollInterval;
    private final BooleanSupplier running;

    DeliveryWorker(DeliveryJobStore jobs, DeliverySender sender, DeliveryRecorder recorder, HostLimits hostLimits,
                   DeliveryWakeUp wakeUp, Duration pollInterval, BooleanSupplier running) {
        this.jobs = jobs;
        this.sender = sender;
        this.recorder = recorder;
        this.hostLimits = hostLimits;
        this.wakeUp = wakeUp;
        this.pollInterval = pollInterval;
        this.running = running;
    }

    @Override
    public void run() {
        try {
            while (running.getAsBoolean()) {
                long seen = wakeUp.generation();
                Optional<ClaimedJob> job = claim();
                if (job.isEmpty()) {
                    wakeUp.await(seen, pollInterval);
                } else if (hostLimits.tryAcquire(job.get().host())) {
                    deliver(job.get());
                } else {
                    release(job.get());
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(ClaimedJob job) {
        DeliveryOutcome outcome;
        try {
            outcome = sender.send(job);
        } finally {
            hostLimits.release(job.host());
        }
        try {
            recorder.record(job, outcome);
        } catch (RuntimeException e) {
            // The job stays in flight until its lease runs out, then it is sent again: at least once.
            LOG.warn("event=delivery_record_error job={} error=\"{}\"", job.id(), Sql.excerpt(e.toString()));
        }
    }

    /** Another worker took the host's last slot between our look and our claim: hand the job back untried. */
    private void release(ClaimedJob job) {
        try {
            jobs.release(job);
        } catch (RuntimeException e) {
            LOG.warn("event=delivery_release_error job={} error=\"{}\"", job.id(), Sql.excerpt(e.toString()));
        }
    }

    private Optional<ClaimedJob> claim() throws InterruptedException {
        try {
            return jobs.claim(hostLimits.busyHosts());
        } catch (RuntimeException e) {
            LOG.warn("event=delivery_claim_error error=\"{}\"", Sql.excerpt(e.toString()));
            Thread.sleep(pollInterval);
            return Optional.empty();
        }
    }
}
