package london.patchwork.server.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import london.patchwork.server.work.RetryPolicy;

import java.time.Duration;

/**
 * Delivery's retry policy, set under {@code patchwork.delivery.retry}: about 30 s, 1, 2, 4 ... minutes between
 * attempts, at most 6 hours, for two days. See {@link RetryPolicy} for what each value means.
 */
@ConfigurationProperties("patchwork.delivery.retry")
public record DeliveryRetryConfiguration(
        @Bindable(defaultValue = "30s") Duration base,
        @Bindable(defaultValue = "2") double factor,
        @Bindable(defaultValue = "0.25") double jitter,
        @Bindable(defaultValue = "6h") Duration cap,
        @Bindable(defaultValue = "2d") Duration giveUpAfter) {

    public RetryPolicy policy() {
        return new RetryPolicy(base, factor, jitter, cap, giveUpAfter);
    }
}
