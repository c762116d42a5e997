package london.patchwork.server.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When failed work is tried again (a delivery, an inbox activity whose object's origin was down): exponential backoff ({@code base * factor^(attempts-1)}, at most
 * {@code cap}) spread by jitter so that the jobs of one outage do not return in a herd, until the work has been
 * queued for {@code giveUpAfter}; the last attempt is made at that age, then it fails. With delivery's defaults
 * the waits are about 30 s, 1, 2, 4 ... minutes up to 6 hours: 18 attempts over two days.
 *
 * @param base        the wait after the first failure
 * @param factor      how much each wait grows
 * @param jitter      the fraction of a wait that is random: 0.25 gives 75–125 % of it
 * @param cap         the longest wait
 * @param giveUpAfter how long after queueing a job stops being retried
 */
public record RetryPolicy(Duration base, double factor, double jitter, Duration cap, Duration giveUpAfter) {

    /** Checks the values make a policy that ends. */
    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry policy needs 0 < base <= cap and a non-negative give-up age");
        }
        if (factor < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("retry policy needs factor >= 1 and 0 <= jitter < 1");
        }
    }

    /**
     * The wait after a number of failed attempts.
     *
     * @param attempts failed attempts so far, at least 1
     * @param random   a number in [0, 1) that places the wait within the jitter
     */
    public Duration delayAfter(int attempts, double random) {
        double exponential = base.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
        double capped = Math.min(exponential, cap.toMillis());
        double spread = capped * (1 + jitter * (2 * random - 1));
        return Duration.ofMillis(Math.max(1, Math.round(Math.min(spread, cap.toMillis()))));
    }

    /**
     * When to try again, or empty to give up.
     *
     * @param attempts failed attempts so far
     * @param queuedAt when the work entered the queue
     * @param now      the time of the failure
     * @param random   a number in [0, 1) for the jitter
     */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now, double random) {
        return nextAttempt(attempts, queuedAt, now, random, Duration.ZERO);
    }

    /**
     * When to try again when the other side asked for a wait of its own (HTTP {@code Retry-After}): the later of
     * the policy's time and the asked-for one, never past the give-up time, where the last attempt is made.
     *
     * @param askedFor the wait the peer asked for; zero when it asked for none
     */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now, double random,
                                         Duration askedFor) {
        Instant giveUpAt = queuedAt.plus(giveUpAfter);
        if (!now.isBefore(giveUpAt)) {
            return Optional.empty();
        }
        Instant next = now.plus(delayAfter(attempts, random));
        Instant asked = now.plus(askedFor.isNegative() ? Duration.ZERO : askedFor);
        if (asked.isAfter(next)) {
            next = asked;
        }
        return Optional.of(next.isAfter(giveUpAt) ? giveUpAt : next);
    }
}
