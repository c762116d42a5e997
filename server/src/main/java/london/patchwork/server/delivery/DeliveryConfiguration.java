package london.patchwork.server.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the delivery queue runs in this process. Set under {@code patchwork.delivery} or by environment
 * variables such as {@code PATCHWORK_DELIVERY_WORKERS}.
 *
 * @param enabled            run the fan-out and delivery workers in this process (the queue still fills when off)
 * @param workers            delivery workers (virtual threads) in this process
 * @param pollInterval       how often idle workers look for due work without being woken
 * @param lease              how long a claimed job is reserved for its worker; it must outlast a send
 *                           ({@code timeout}) so that a job is never reclaimed while still being sent
 * @param fanoutLease        how long a claimed activity is reserved for planning its deliveries
 * @param connectTimeout     TCP connect limit per delivery
 * @param timeout            total limit per delivery POST, from resolving the host to the response
 * @param perHostConcurrency sends to one host at a time from this process
 * @param shutdownGrace      how long a stopping process lets sends in progress finish
 * @param keepFinished       delivered and failed jobs older than this are deleted
 */
@ConfigurationProperties("patchwork.delivery")
public record DeliveryConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "16") int workers,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "2m") Duration lease,
        @Bindable(defaultValue = "10m") Duration fanoutLease,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration timeout,
        @Bindable(defaultValue = "4") int perHostConcurrency,
        @Bindable(defaultValue = "10s") Duration shutdownGrace,
        @Bindable(defaultValue = "14d") Duration keepFinished) {

    /** Refuses settings under which two workers could send the same job at once, or none could run. */
    public DeliveryConfiguration {
        if (workers < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("patchwork.delivery.workers and per-host-concurrency must be at least 1");
        }
        if (lease.compareTo(timeout.plusSeconds(1)) <= 0) {
            throw new IllegalArgumentException("patchwork.delivery.lease (" + lease + ") must be longer than "
                    + "patchwork.delivery.timeout (" + timeout + "), or a slow send could be taken over mid-flight");
        }
    }
}
