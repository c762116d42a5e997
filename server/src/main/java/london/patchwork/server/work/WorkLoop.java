package london.patchwork.server.work;

import london.patchwork.server.database.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The loop every worker runs until the process stops (inbox workers, the fan-out, delivery workers): claim one piece
 * of work (the claim is committed), do it, and when there is none wait for a wake-up; without one, one idle worker
 * of the kind looks again each poll interval. The wake-up generation is read before the claim, so work committed in
 * between is never slept through.
 *
 * @param <T> what is claimed
 */
public final class WorkLoop<T> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkLoop.class);

    /** What a loop claims and how it handles it. */
    public interface Work<T> {
        /** Claims the next piece of work, committed, or empty when there is none. */
        Optional<T> claim();

        /** Does it; failures are the work's to record (an exception here is logged and the loop goes on). */
        void handle(T item);
    }

    private final String name;
    private final Work<T> work;
    private final WakeUp wakeUp;
    private final Duration pollInterval;
    private final BooleanSupplier running;
    private final long createdAt;

    public WorkLoop(String name, Work<T> work, WakeUp wakeUp, Duration pollInterval, BooleanSupplier running) {
        this.name = name;
        this.work = work;
        this.wakeUp = wakeUp;
        this.pollInterval = pollInterval;
        this.running = running;
        // A signal between making the loop and starting its thread still wakes it.
        this.createdAt = wakeUp.generation();
    }

    @Override
    public void run() {
        try {
            // Started workers wait for their turn too, so a starting hub does not open a connection per worker.
            boolean polled = awaitWork(createdAt);
            while (running.getAsBoolean()) {
                long seen = wakeUp.generation();
                Optional<T> item = claim();
                if (item.isEmpty()) {
                    polled = awaitWork(seen);
                    continue;
                }
                if (polled) {
                    // Found by a poll turn: there may be more, so the other idle workers look too.
                    wakeUp.signal();
                    polled = false;
                }
                try {
                    work.handle(item.get());
                } catch (RuntimeException e) {
                    LOG.warn("event=work_error loop={} error=\"{}\"", name, Sql.excerpt(e.toString()));
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a signal or this worker's turn to poll; returns true when it is a poll turn. */
    private boolean awaitWork(long seen) throws InterruptedException {
        while (running.getAsBoolean()) {
            if (wakeUp.takePollTurn(name, pollInterval)) {
                return true;
            }
            if (wakeUp.await(seen, pollInterval)) {
                return false;
            }
        }
        return false;
    }

    private Optional<T> claim() throws InterruptedException {
        try {
            return work.claim();
        } catch (RuntimeException e) {
            // The database is away or overloaded: back off for a poll rather than spin.
            LOG.warn("event=claim_error loop={} error=\"{}\"", name, Sql.excerpt(e.toString()));
            Thread.sleep(pollInterval);
            return Optional.empty();
        }
    }
}
