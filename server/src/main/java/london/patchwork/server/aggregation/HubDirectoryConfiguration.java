package london.patchwork.server.aggregation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How often the hubs directory reads each joined hub's NodeInfo and Group actor
 * ({@code patchwork.aggregation.directory}, or {@code PATCHWORK_AGGREGATION_DIRECTORY_*}).
 *
 * @param refreshInterval how long a hub's figures stand before they are read again
 *                        ({@code PATCHWORK_AGGREGATION_DIRECTORY_REFRESH_INTERVAL})
 * @param pollInterval    how often the worker looks for a hub due (a newly added hub is read within this)
 * @param enabled         false stops the worker (the directory then shows what was last read)
 */
@ConfigurationProperties("patchwork.aggregation.directory")
public record HubDirectoryConfiguration(
        @Bindable(defaultValue = "30m") Duration refreshInterval,
        @Bindable(defaultValue = "15s") Duration pollInterval,
        @Bindable(defaultValue = "true") boolean enabled) {

    /** A read that hangs is given up on, and the hub claimed again, after this long. */
    static final Duration LEASE = Duration.ofMinutes(2);
}
