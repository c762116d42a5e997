package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.RemoteObjects;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a hub's collection (an outbox, or its events, assets or connections), newest first as hubs serve them,
 * through {@link RemoteObjects} (signed, guarded, each document's id the URL it came from), and only from the hub's
 * own origin: a page or an item elsewhere is skipped. Lenient: an item that cannot be read is skipped and counted.
 */
@Singleton
class BackfillPages {

    /** At most this many pages per collection, however small its pages: a hub cannot keep the backfill paging. */
    static final int MAX_PAGES = 50;

    /** The items read, newest first, and how many were skipped. */
    record Read(List<ApObject> items, int skipped) {
    }

    private final RemoteObjects remote;
    private final HubActivities activities;

    BackfillPages(RemoteObjects remote, HubActivities activities) {
        this.remote = remote;
        this.activities = activities;
    }

    /**
     * Up to {@code limit} of the collection's most recent items.
     *
     * @throws ActivityHandler.RetryLater when the hub could not be reached
     */
    Read newest(URI collection, String origin, int limit) throws ActivityHandler.RetryLater {
        List<ApObject> items = new ArrayList<>();
        int skipped = 0;
        Set<URI> seen = new HashSet<>();
        Optional<URI> next = Optional.of(collection);
        int pages = 0;
        while (next.isPresent() && items.size() < limit && pages < MAX_PAGES && seen.add(next.get())) {
            if (!onOrigin(next.get(), origin)) {
                break;
            }
            pages++;
            Optional<HubActivities.Page> page = remote.fetch(next.get()).flatMap(activities::page);
            if (page.isEmpty()) {
                break;
            }
            for (HubActivities.Item item : page.get().items()) {
                if (items.size() >= limit) {
                    break;
                }
                Optional<ApObject> read = onOrigin(item.id(), origin)
                        ? item.embedded().filter(found -> found.id() != null).or(() -> fetch(item.id()))
                        : Optional.empty();
                if (read.isPresent() && onOrigin(read.get().id(), origin)) {
                    items.add(read.get());
                } else {
                    skipped++;
                }
            }
            // A collection's first page, or a page's next one.
            next = page.get().items().isEmpty() && page.get().first().isPresent() ? page.get().first()
                    : page.get().next();
        }
        return new Read(items, skipped);
    }

    /** An item given by id alone; a lenient read: one that cannot be had now is skipped, not retried. */
    private Optional<ApObject> fetch(URI id) {
        try {
            return remote.fetch(id);
        } catch (ActivityHandler.RetryLater unavailable) {
            return Optional.empty();
        }
    }

    /** Whether a URI is on the origin: {@code scheme://host[:port]/...}, never a look-alike host. */
    static boolean onOrigin(URI uri, String origin) {
        return uri != null && london.patchwork.federation.fetch.Origin.of(uri).map(Object::toString)
                .map(origin::equals).orElse(false);
    }
}
