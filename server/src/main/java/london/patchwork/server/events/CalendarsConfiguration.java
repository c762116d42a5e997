package london.patchwork.server.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Outside calendars the hub subscribes to, under {@code patchwork.calendars}.
 *
 * @param refreshEnabled  fetch subscriptions on a schedule in this process (manual refreshes work either way)
 * @param refreshInterval how often each subscription is fetched, give or take a tenth so feeds added together
 *                        are not all fetched in the same minute
 * @param pollInterval    how often the idle refresher looks for a subscription that is due
 * @param maxEventsPerFeed the most events one feed brings in (upcoming first)
 * @param maxFeedBytes    the largest feed read; a larger one fails the fetch and keeps what was imported
 */
@ConfigurationProperties("patchwork.calendars")
public record CalendarsConfiguration(
        @Bindable(defaultValue = "true") boolean refreshEnabled,
        @Bindable(defaultValue = "60m") Duration refreshInterval,
        @Bindable(defaultValue = "1m") Duration pollInterval,
        @Bindable(defaultValue = "2000") int maxEventsPerFeed,
        @Bindable(defaultValue = "5242880") long maxFeedBytes) {

    public CalendarsConfiguration {
        if (refreshInterval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("patchwork.calendars.refresh-interval must be at least a minute");
        }
        if (maxEventsPerFeed < 1 || maxFeedBytes < 1024) {
            throw new IllegalArgumentException("patchwork.calendars.max-events-per-feed and max-feed-bytes too small");
        }
    }
}
