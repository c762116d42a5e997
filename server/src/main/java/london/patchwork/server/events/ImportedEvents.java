package london.patchwork.server.events;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the events imported from one subscription in step with its feed, through {@link EventService} so each one
 * federates as a local event does: a new UID is created as the hub Group's event (a {@code Create}), a changed one
 * edited (an {@code Update}, its SEQUENCE bumped), one gone from the feed deleted (a {@code Delete}). "Changed" is
 * any difference in what the hub stores, so an upstream SEQUENCE or LAST-MODIFIED that moved without a change costs
 * nothing. One event that cannot be stored is logged and skipped; the rest still sync.
 *
 * <p>A UID deleted here because it left the feed is not brought back if the feed lists it again later: its row
 * keeps the UID (the unique source index) and deleted events stay deleted.
 */
@Singleton
class ImportedEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedEvents.class);
    static final EventEditor HUB = new EventEditor(null, true);

    /** What a sync did. */
    record Changes(int added, int updated, int removed) {
        static final Changes NONE = new Changes(0, 0, 0);
    }

    private final EventService events;
    private final CalendarEventRepository stored;

    ImportedEvents(EventService events, CalendarEventRepository stored) {
        this.events = events;
        this.stored = stored;
    }

    Changes sync(long subscriptionId, List<CalendarFeedReader.FeedEvent> feed) {
        Map<String, CalendarEvent> held = new HashMap<>();
        for (CalendarEvent event : stored.fromSubscription(subscriptionId)) {
            held.put(event.sourceUid(), event);
        }
        long hub = events.authorId(HUB);
        int added = 0;
        int updated = 0;
        Set<String> listed = new HashSet<>();
        for (CalendarFeedReader.FeedEvent item : feed) {
            listed.add(item.uid());
            EventDraft draft = item.draft().fromSource(subscriptionId, item.uid(), item.url());
            CalendarEvent current = held.get(item.uid());
            try {
                if (current == null) {
                    if (stored.findBySource(subscriptionId, item.uid()).isEmpty()) {
                        events.create(hub, draft);
                        added++;
                    }
                } else if (differs(current, draft)) {
                    events.edit(current.id(), HUB, draft);
                    updated++;
                }
            } catch (RuntimeException unstorable) {
                LOG.warn("event=calendar_import_skipped subscription={} uid=\"{}\" error=\"{}\"", subscriptionId,
                        item.uid(), unstorable.toString());
            }
        }
        int removed = 0;
        for (CalendarEvent event : held.values()) {
            if (!listed.contains(event.sourceUid())) {
                events.delete(event.id(), HUB);
                removed++;
            }
        }
        return new Changes(added, updated, removed);
    }

    /** Deletes every event the subscription brought in (each a {@code Delete} to peers); returns how many. */
    int removeAll(long subscriptionId) {
        List<CalendarEvent> imported = stored.fromSubscription(subscriptionId);
        imported.forEach(event -> events.delete(event.id(), HUB));
        return imported.size();
    }

    int count(long subscriptionId) {
        return stored.fromSubscription(subscriptionId).size();
    }

    static boolean differs(CalendarEvent event, EventDraft draft) {
        EventPlace place = draft.place();
        return !(event.title().equals(draft.title())
                && event.description().equals(draft.description())
                && event.startsAt().equals(draft.startsAt())
                && Objects.equals(event.endsAt(), draft.endsAt())
                && event.timeZone().equals(draft.timeZone())
                && event.allDay() == draft.allDay()
                && event.recurrenceFrequency() == draft.recurrenceFrequency()
                && event.recurrenceInterval() == draft.recurrenceInterval()
                && Objects.equals(event.recurrenceUntil(), draft.recurrenceUntil())
                && Objects.equals(event.recurrenceCount(), draft.recurrenceCount())
                && event.exceptionDays().equals(draft.exceptionDates())
                && Objects.equals(event.placeName(), place.name())
                && Objects.equals(event.latitude(), place.latitude())
                && Objects.equals(event.longitude(), place.longitude())
                && Objects.equals(event.onlineUrl(), draft.onlineUrl())
                && event.tags().equals(draft.tags())
                && event.joinMode() == draft.joinMode()
                && Objects.equals(event.externalJoinUrl(), draft.externalJoinUrl())
                && event.status() == draft.status()
                && Objects.equals(event.sourceUrl(), draft.sourceUrl()));
    }
}
