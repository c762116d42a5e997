package london.patchwork.federation.fetch;

import java.time.Duration;

/**
 * The end of a request's time budget, measured on the monotonic clock. Every blocking step asks it
 * how long it may still wait, so the budget holds for the request as a whole rather than per read:
 * a peer that drips one byte every few seconds is cut off when the budget runs out.
 */
final class Deadline {

    private final Duration total;
    private final long endNanos;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    static Deadline after(Duration total) {
        return new Deadline(total);
    }

    Duration total() {
        return total;
    }

    boolean expired() {
        return remainingNanos() <= 0;
    }

    /** Milliseconds left, at least 1 while any time is left and 0 after; fits a socket timeout. */
    int remainingMillis() {
        long nanos = remainingNanos();
        if (nanos <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    private long remainingNanos() {
        return endNanos - System.nanoTime();
    }
}
