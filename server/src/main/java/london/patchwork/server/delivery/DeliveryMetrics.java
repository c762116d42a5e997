package london.patchwork.server.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The queue's meters: {@code patchwork.delivery.attempts{outcome}}, {@code patchwork.delivery.send} (a timer per
 * POST) and {@code patchwork.delivery.queue.depth{state}}. The depth is counted by the maintenance loop, not at
 * scrape time, so a scrape never waits on the database.
 */
@Singleton
public class DeliveryMetrics {

    private static final String[] OUTCOMES = {"delivered", "retry", "failed"};
    private static final String[] STATES = {"pending", "in_flight", "failed"};

    private final Map<String, Counter> attempts;
    private final Map<String, AtomicLong> depth;
    private final Timer send;

    public DeliveryMetrics(MeterRegistry registry) {
        this.attempts = Arrays.stream(OUTCOMES).collect(Collectors.toUnmodifiableMap(
                outcome -> outcome, outcome -> Counter.builder("patchwork.delivery.attempts")
                        .description("Delivery POSTs by outcome: delivered, retry (will be tried again), failed (for good)")
                        .tag("outcome", outcome).register(registry)));
        this.depth = Arrays.stream(STATES).collect(Collectors.toUnmodifiableMap(
                state -> state, state -> new AtomicLong()));
        depth.forEach((state, value) -> Gauge.builder("patchwork.delivery.queue.depth", value, AtomicLong::get)
                .description("Delivery jobs by state").tag("state", state).register(registry));
        this.send = Timer.builder("patchwork.delivery.send")
                .description("Time to sign and POST one delivery, whatever its outcome").register(registry);
    }

    void attempt(String outcome) {
        attempts.get(outcome).increment();
    }

    void sent(Duration took) {
        send.record(took);
    }

    void depth(long pending, long inFlight, long failed) {
        depth.get("pending").set(pending);
        depth.get("in_flight").set(inFlight);
        depth.get("failed").set(failed);
    }
}
