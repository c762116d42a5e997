package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a resident's delivery is tried again, and whether it is at all. Mastodon-like: exponential backoff from
 * {@code first}, doubling up to {@code cap}, each delay spread by {@code ±jitter} so that deliveries held back by the
 * same fault do not all come back in the same instant.
 *
 * @param first  the delay before the first retry
 * @param cap    the longest delay, before jitter
 * @param jitter the fraction (0..1) a delay may be shortened or lengthened by
 */
public record ResidentRetrySchedule(Duration first, Duration cap, double jitter) {

    /** What to do after an attempt. */
    public enum Verdict { DELIVERED, RETRY, GIVE_UP }

    public ResidentRetrySchedule {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("first must be positive and cap at least first");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
    }

    /** 1 s doubling to a 15 s cap, ±20 %: short enough that a lab run sees hubs catch up within its minutes. */
    public static ResidentRetrySchedule standard() {
        return new ResidentRetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(15), 0.2);
    }

    /**
     * @param attempt the attempt that just failed, from 1
     * @return how long to wait before the next one
     */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        Duration base = base(attempt);
        double factor = 1 - jitter + 2 * jitter * random.nextDouble();
        return Duration.ofNanos(Math.round(base.toNanos() * factor));
    }

    /** The delay after {@code attempt} before jitter. */
    public Duration base(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        // Past 2^20 the cap has long been reached; stopping the shift there keeps it from overflowing.
        long nanos = first.toNanos() << Math.min(attempt - 1, 20);
        return nanos <= 0 || nanos > cap.toNanos() ? cap : Duration.ofNanos(nanos);
    }

    /**
     * @param status the HTTP status, or -1 when no response came (connection refused, reset, timeout)
     */
    public static Verdict verdict(int status) {
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        if (status < 0 || status == 429 || status >= 500) {
            return Verdict.RETRY;
        }
        return Verdict.GIVE_UP;
    }
}
