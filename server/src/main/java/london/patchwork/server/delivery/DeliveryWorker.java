package london.patchwork.server.delivery;

import london.patchwork.server.database.Sql;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * A delivery worker's work: claim a due job (committed), send it outside any transaction within its host's
 * concurrency limit, record the outcome. Stateless: every worker loop shares one.
 */
final class DeliveryWorker implements WorkLoop.Work<ClaimedJob> {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryJobStore jobs;
    private final DeliverySender sender;
    private final DeliveryRecorder recorder;
    private final HostLimits hostLimits;

    DeliveryWorker(DeliveryJobStore jobs, DeliverySender sender, DeliveryRecorder recorder, HostLimits hostLimits) {
        this.jobs = jobs;
        this.sender = sender;
        this.recorder = recorder;
        this.hostLimits = hostLimits;
    }

    @Override
    public Optional<ClaimedJob> claim() {
        return jobs.claim(hostLimits.busyHosts());
    }

    @Override
    public void handle(ClaimedJob job) {
        if (!hostLimits.tryAcquire(job.host())) {
            // Another worker took the host's last slot between our look and our claim: hand the job back untried.
            jobs.release(job);
            return;
        }
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
}
