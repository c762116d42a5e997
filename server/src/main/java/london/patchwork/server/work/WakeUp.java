package london.patchwork.server.work;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
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
    private final ConcurrentMap<String, AtomicLong> nextPolls = new ConcurrentHashMap<>();

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
     * @return whether a signal came (false: the time ran out)
     * @throws InterruptedException when the worker is being stopped
     */
    public boolean await(long seen, Duration max) throws InterruptedException {
        long nanos = max.toNanos();
        lock.lock();
        try {
            while (generation == seen && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return generation != seen;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether this idle worker is the one of its kind (several kinds may share a wake-up) to look now for work that
     * no signal announced (retries falling due, work committed by another process): one worker of the kind per
     * {@code interval}, so an idle hub's sixteen delivery workers cost one query a second, not sixteen, and hold
     * one connection, not the pool.
     */
    public boolean takePollTurn(String kind, Duration interval) {
        long now = System.nanoTime();
        AtomicLong nextPoll = nextPolls.computeIfAbsent(kind, k -> new AtomicLong(now));
        long due = nextPoll.get();
        return now - due >= 0 && nextPoll.compareAndSet(due, now + interval.toNanos());
    }
}
