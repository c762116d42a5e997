package london.patchwork.server.work;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes idle workers of one kind (inbox, fan-out and delivery) when there may be new work. A worker reads the generation before
 * looking for work and waits only if it has not changed since, so a signal between the look and the wait is
 * never lost. (A lock and condition rather than {@code wait}: virtual threads must not pin on a monitor.)
 */
public class WakeUp {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;

    /** The current generation, to pass to {@link #await(long, Duration)}. */
    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** There may be new work: wake every waiting worker. */
    public void signal() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a signal after {@code seen}, or at most {@code max}.
     *
     * @throws InterruptedException when the worker is being stopped
     */
    public void await(long seen, Duration max) throws InterruptedException {
        long nanos = max.toNanos();
        lock.lock();
        try {
            while (generation == seen && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
