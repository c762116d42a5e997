package london.patchwork.server.delivery;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * What one send came to. {@code status} is the peer's HTTP status, or null when no answer came.
 * {@code peerAnswered} tells the circuit breaker whether the host is up, whatever it said.
 */
public sealed interface DeliveryOutcome {

    /** The peer's status, or null when it never answered. */
    @Nullable
    Integer status();

    /** What went wrong, for the operator; empty on success. */
    String error();

    /** Whether the host answered at all (so it is up, as far as the circuit breaker cares). */
    default boolean peerAnswered() {
        return status() != null;
    }

    /** 2xx: done. */
    record Delivered(Integer status) implements DeliveryOutcome {
        @Override
        public String error() {
            return "";
        }
    }

    /**
     * Worth trying again later: no answer, 5xx, 401, 408, 429.
     *
     * @param retryAfter how long the peer asked us to wait (its {@code Retry-After} on a 429 or 503), or zero
     */
    record Retryable(@Nullable Integer status, String error, Duration retryAfter) implements DeliveryOutcome {

        public Retryable(@Nullable Integer status, String error) {
            this(status, error, Duration.ZERO);
        }
    }

    /** Retrying cannot help: 404, 410 and other 4xx, a URL we may not POST to. */
    record Permanent(@Nullable Integer status, String error) implements DeliveryOutcome {
    }

    /** The metric tag of a final or intermediate outcome. */
    static String tag(DeliveryOutcome outcome, boolean givenUp) {
        return switch (outcome) {
            case Delivered d -> "delivered";
            case Retryable r -> givenUp ? "failed" : "retry";
            case Permanent p -> "failed";
        };
    }
}
