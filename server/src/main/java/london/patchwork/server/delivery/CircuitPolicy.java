package london.patchwork.server.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The per-domain circuit breaker. After {@code failureThreshold} consecutive failed sends to a host its circuit
 * opens: nothing is sent there for {@code openFor}, growing by {@code factor} with each failed probe up to
 * {@code maxOpen}. When the period ends one job goes as a probe; success closes the circuit, failure reopens it
 * for longer. Any answer from the peer (even 404) counts as the host being up.
 *
 * @param failureThreshold consecutive failures that open the circuit
 * @param openFor          the first open period
 * @param factor           growth of the open period per failed probe
 * @param maxOpen          the longest open period
 */
@ConfigurationProperties("patchwork.delivery.circuit")
public record CircuitPolicy(
        @Bindable(defaultValue = "5") int failureThreshold,
        @Bindable(defaultValue = "1m") Duration openFor,
        @Bindable(defaultValue = "2") double factor,
        @Bindable(defaultValue = "1h") Duration maxOpen) {

    /** Checks the values. */
    public CircuitPolicy {
        if (failureThreshold < 1 || factor < 1 || openFor.isNegative() || openFor.isZero()
                || maxOpen.compareTo(openFor) < 0) {
            throw new IllegalArgumentException("circuit policy needs threshold >= 1, factor >= 1, 0 < openFor <= maxOpen");
        }
    }

    /**
     * How long the circuit stays open after a given number of consecutive failures (zero below the threshold).
     * Failures past the threshold are counted only for probes, so each failed probe doubles the period.
     */
    public Duration openPeriod(int consecutiveFailures) {
        if (consecutiveFailures < failureThreshold) {
            return Duration.ZERO;
        }
        double millis = openFor.toMillis() * Math.pow(factor, consecutiveFailures - failureThreshold);
        return Duration.ofMillis(Math.round(Math.min(millis, maxOpen.toMillis())));
    }
}
