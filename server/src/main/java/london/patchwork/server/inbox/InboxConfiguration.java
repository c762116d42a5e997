package london.patchwork.server.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import london.patchwork.server.work.RetryPolicy;

import java.time.Duration;

/**
 * How stored inbox activities are applied in this process, under {@code patchwork.inbox}.
 *
 * @param enabled      run inbox workers in this process (activities are still accepted and stored when off)
 * @param workers      inbox workers (virtual threads)
 * @param pollInterval how often idle workers look for due activities without being woken
 * @param batch        activities one worker leases at a time
 * @param retry        when an activity whose object's origin was unreachable is tried again
 */
@ConfigurationProperties("patchwork.inbox")
public record InboxConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "16") int batch,
        Retry retry) {

    public InboxConfiguration {
        if (workers < 1 || batch < 1) {
            throw new IllegalArgumentException("patchwork.inbox.workers and batch must be at least 1");
        }
    }

    /**
     * The inbox's retry policy, under {@code patchwork.inbox.retry}: about 30 s, 1, 2, 4 ... minutes, at most an
     * hour apart, for six hours. See {@link RetryPolicy}.
     */
    @ConfigurationProperties("retry")
    public record Retry(
            @Bindable(defaultValue = "30s") Duration base,
            @Bindable(defaultValue = "2") double factor,
            @Bindable(defaultValue = "0.25") double jitter,
            @Bindable(defaultValue = "1h") Duration cap,
            @Bindable(defaultValue = "6h") Duration giveUpAfter) {

        public RetryPolicy policy() {
            return new RetryPolicy(base, factor, jitter, cap, giveUpAfter);
        }
    }
}
