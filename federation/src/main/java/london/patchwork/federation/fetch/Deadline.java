package london.patchwork.federation.fetch;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The end of a request's time budget, measured on the monotonic clock. Every blocking step asks it
 * how long it may still wait, so the budget holds for the request as a whole rather than per read:
 * a peer that drips one byte every few seconds is cut off when the budget runs out.
 *
 * <p>Waits are rounded <em>up</em>: a socket timeout or a sleep taken from {@link #remainingMillis()}
 * ends at or after the deadline, never before it, so whoever notices the failure can ask
 * {@link #expired()} and get the true answer.
 */
final class Deadline {

    private final Duration total;
    private final LongSupplier nanoTime;
    private final long endNanos;

    Deadline(Duration total, LongSupplier nanoTime) {
        this.total = total;
        this.nanoTime = nanoTime;
        this.endNanos = nanoTime.getAsLong() + total.toNanos();
    }

    static Deadline after(Duration total) {
        return new Deadline(total, System::nanoTime);
    }

    Duration total() {
        return total;
    }

    /** Whether the deadline has passed; once true it stays true. */
    boolean expired() {
        return remainingNanos() <= 0;
    }

    /**
     * Milliseconds left, rounded up (so at least 1 while any time is left), and 0 after; fits a
     * socket timeout, where 0 would mean "forever".
     */
    int remainingMillis() {
        long nanos = remainingNanos();
        if (nanos <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (nanos - 1) / 1_000_000 + 1);
    }

    /** Nanoseconds left; zero or negative once the deadline has passed. */
    long remainingNanos() {
        return endNanos - nanoTime.getAsLong();
    }
}
