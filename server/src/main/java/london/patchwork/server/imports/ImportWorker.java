package london.patchwork.server.imports;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import london.patchwork.server.database.Sql;
import london.patchwork.server.work.WakeUp;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs queued imports, one at a time per process, on a virtual thread running the shared {@link WorkLoop}: woken when
 * a job is queued, and looking again every few seconds for jobs queued by another process and for jobs whose worker
 * stopped (their lease ran out: marked failed, having stored nothing).
 */
@Context
class ImportWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);
    private static final Duration POLL = Duration.ofSeconds(5);

    private final ImportService imports;
    private final ImportJobs jobs;
    private final WakeUp wakeUp = new WakeUp();
    private volatile boolean running;
    private Thread thread;

    ImportWorker(ImportService imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @EventListener
    synchronized void start(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        WorkLoop.Work<ImportJobs.Claimed> work = new WorkLoop.Work<>() {
            @Override
            public Optional<ImportJobs.Claimed> claim() {
                return jobs.claim();
            }

            @Override
            public void handle(ImportJobs.Claimed job) {
                run(job);
            }
        };
        thread = Thread.ofVirtual().name("imports").start(new WorkLoop<>("imports", work, wakeUp, POLL,
                () -> running));
    }

    @EventListener
    void queued(ImportService.Queued event) {
        wakeUp.signal();
    }

    /** Wakes the worker to look now (for jobs another process queued, or leases run out). */
    void look() {
        wakeUp.signal();
    }

    private void run(ImportJobs.Claimed job) {
        try {
            ImportReport report = imports.run(job.format(), job.upload(), job.createdBy(), job.category(),
                    new JobProgress(job.id(), jobs),
                    done -> jobs.finish(job.id(), done.status(), done.read(), imports.json(done)));
            if (report.wasRejected()) {
                jobs.finish(job.id(), report.status(), report.read(), imports.json(report));
            }
            LOG.info("event=import_done id={} status={} read={} imported={}", job.id(), report.status(),
                    report.read(), report.imported());
        } catch (ImportRefused refused) {
            jobs.fail(job.id(), refused.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("event=import_failed id={} error=\"{}\"", job.id(), Sql.excerpt(e.toString()));
            jobs.fail(job.id(), "the import failed and stored nothing: " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        wakeUp.signal();
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    /** Records progress at most a few times a second (and always at the end of a phase), extending the lease. */
    private static final class JobProgress implements Progress {
        private static final long EVERY_NANOS = Duration.ofMillis(200).toNanos();
        private final long id;
        private final ImportJobs jobs;
        private long last = System.nanoTime() - EVERY_NANOS;

        JobProgress(long id, ImportJobs jobs) {
            this.id = id;
            this.jobs = jobs;
        }

        @Override
        public void at(String phase, int processed, int total) {
            long now = System.nanoTime();
            if (processed == total || now - last >= EVERY_NANOS) {
                last = now;
                jobs.progress(id, phase, processed, total);
            }
        }
    }
}
