package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Outside calendars the hub follows: subscribing (the URL checked, then fetched once at once), refreshing (a
 * conditional GET, then {@link ImportedEvents#sync}), and removing (the subscription and what it brought in). A
 * failed fetch is written on the subscription and keeps every event imported before.
 */
@Singleton
public class CalendarSubscriptionService {

    static final int MAX_URL_CHARS = 2000;
    /** How long one fetch and sync may hold a subscription before another process may take it over. */
    static final String SYNC_LEASE = "10 minutes";

    private final CalendarSubscriptionRepository subscriptions;
    private final CalendarFetcher fetcher;
    private final ImportedEvents imported;
    private final CalendarsConfiguration configuration;

    public CalendarSubscriptionService(CalendarSubscriptionRepository subscriptions, CalendarFetcher fetcher,
                                       ImportedEvents imported, CalendarsConfiguration configuration) {
        this.subscriptions = subscriptions;
        this.fetcher = fetcher;
        this.imported = imported;
        this.configuration = configuration;
    }

    /** The URL cannot be subscribed to; the reason says why. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** The hub already follows this URL. */
    public static final class AlreadySubscribed extends RuntimeException {
        private final transient CalendarSubscription existing;

        AlreadySubscribed(CalendarSubscription existing) {
            super("the hub already subscribes to this calendar");
            this.existing = existing;
        }

        public CalendarSubscription existing() {
            return existing;
        }
    }

    /** A refresh is already running for this subscription. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("this calendar is being refreshed; try again in a moment");
        }
    }

    /** A subscription after a fetch, and what the fetch changed. */
    public record Refreshed(CalendarSubscription subscription, int added, int updated, int removed) {
    }

    /** Where an imported event came from, for its page. */
    public record Source(String name, String calendarUrl, @Nullable String eventUrl) {
    }

    public List<CalendarSubscription> list() {
        return subscriptions.listed();
    }

    public Optional<CalendarSubscription> find(long id) {
        return subscriptions.findById(id);
    }

    /** The outside calendar an imported event came from; empty for the hub's own events. */
    public Optional<Source> sourceOf(CalendarEvent event) {
        if (event.sourceSubscriptionId() == null) {
            return Optional.empty();
        }
        return subscriptions.findById(event.sourceSubscriptionId())
                .map(found -> new Source(found.name(), found.url(), event.sourceUrl()));
    }

    /**
     * Subscribes the hub to the feed at {@code url} and fetches it once. Refused, with nothing stored, when the URL
     * is not http(s), or is one the hub may not fetch (a private address in production); any other failure of the
     * first fetch is stored on the new subscription, which is tried again on schedule.
     */
    public Refreshed subscribe(String url, @Nullable Long addedBy) {
        URI target = checked(url);
        Optional<CalendarSubscription> existing = subscriptions.findByUrl(target.toString());
        if (existing.isPresent()) {
            throw new AlreadySubscribed(existing.get());
        }
        CalendarFetcher.Outcome first = fetcher.fetch(target, null, null);
        if (first instanceof CalendarFetcher.Outcome.Failed failed && failed.refused()) {
            throw new Refused("The hub may not fetch this address: " + failed.reason() + ".");
        }
        Instant now = now();
        CalendarSubscription created = subscriptions.save(new CalendarSubscription(null, target.toString(),
                target.getHost(), addedBy, null, null, null, CalendarSubscription.Status.NEW, null, 0, now,
                now.plus(Duration.ofMinutes(10)), now));
        return apply(created, first);
    }

    /** Fetches now, whatever the schedule says. */
    public Refreshed refresh(long id) {
        CalendarSubscription subscription = subscriptions.claim(id, SYNC_LEASE).stream().findFirst().orElseThrow(() ->
                subscriptions.existsById(id) ? new Busy() : new java.util.NoSuchElementException("no subscription"));
        return refreshClaimed(subscription);
    }

    /** Fetches the most overdue subscription, if one is due; for the scheduled refresher. */
    Optional<CalendarSubscription> claimDue() {
        return subscriptions.claimDue(SYNC_LEASE).stream().findFirst();
    }

    Refreshed refreshClaimed(CalendarSubscription subscription) {
        return apply(subscription, fetcher.fetch(URI.create(subscription.url()), subscription.etag(),
                subscription.lastModified()));
    }

    /** Removes the subscription and deletes the events it brought in; returns how many. */
    public Optional<Integer> remove(long id) {
        if (!subscriptions.existsById(id)) {
            return Optional.empty();
        }
        int removed = imported.removeAll(id);
        subscriptions.deleteById(id);
        return Optional.of(removed);
    }

    private Refreshed apply(CalendarSubscription subscription, CalendarFetcher.Outcome outcome) {
        Instant now = now();
        long id = subscription.id();
        switch (outcome) {
            case CalendarFetcher.Outcome.NotModified ignored -> {
                subscriptions.recordFetched(id, subscription.etag(), subscription.lastModified(), now,
                        CalendarSubscription.Status.NOT_MODIFIED.name(), imported.count(id), next(now));
                return refreshed(id, ImportedEvents.Changes.NONE);
            }
            case CalendarFetcher.Outcome.Failed failed -> {
                subscriptions.recordFailed(id, now, failed.reason(), next(now));
                return refreshed(id, ImportedEvents.Changes.NONE);
            }
            case CalendarFetcher.Outcome.Fetched fetched -> {
                CalendarFeedReader.Feed feed;
                try {
                    feed = CalendarFeedReader.read(fetched.body(), now, configuration.maxEventsPerFeed());
                } catch (CalendarFeedReader.NotICalendar notICalendar) {
                    subscriptions.recordFailed(id, now, notICalendar.getMessage(), next(now));
                    return refreshed(id, ImportedEvents.Changes.NONE);
                }
                ImportedEvents.Changes changes = imported.sync(id, feed.events());
                if (feed.name() != null && !feed.name().equals(subscription.name())) {
                    subscriptions.rename(id, feed.name());
                }
                subscriptions.recordFetched(id, fetched.etag(), fetched.lastModified(), now,
                        CalendarSubscription.Status.OK.name(), imported.count(id), next(now));
                return refreshed(id, changes);
            }
        }
    }

    private Refreshed refreshed(long id, ImportedEvents.Changes changes) {
        return new Refreshed(subscriptions.findById(id).orElseThrow(), changes.added(), changes.updated(),
                changes.removed());
    }

    /** The next fetch: the interval, give or take a tenth. */
    private Instant next(Instant now) {
        long interval = configuration.refreshInterval().toMillis();
        long jitter = (long) (interval * 0.1 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return now.plus(Duration.ofMillis(interval + jitter));
    }

    static URI checked(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw new Refused("Give the calendar's address (an http or https URL).");
        }
        if (text.length() > MAX_URL_CHARS) {
            throw new Refused("That address is too long.");
        }
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            throw new Refused("That is not a web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("The address must start with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new Refused("The address must name a host, without a user name or password.");
        }
        return uri;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
