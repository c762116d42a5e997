package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an outside iCalendar feed into drafts of events, one per VEVENT UID, bounded: at most {@code maxEvents}
 * (upcoming first, then the most recent), none that ended more than a year ago. A VEVENT with a RECURRENCE-ID (one
 * changed occurrence of a series) is taken off its series as an exception date and, unless cancelled, imported as
 * an event of its own with the uid {@code UID/RECURRENCE-ID}. What cannot be read as an event (no UID or DTSTART) is
 * left out; the rest of the feed still counts.
 */
final class CalendarFeedReader {

    /** The body is not an iCalendar document ical4j can read. */
    static final class NotICalendar extends Exception {
        NotICalendar(String message) {
            super(message);
        }
    }

    /** One event of the feed: its uid there, its page there, and what the hub stores. */
    record FeedEvent(String uid, @Nullable String url, EventDraft draft) {
    }

    /** The feed's own name (X-WR-CALNAME), when it gives one, and its events. */
    record Feed(@Nullable String name, List<FeedEvent> events) {
    }

    static final java.time.Duration KEEP_PAST = java.time.Duration.ofDays(365);

    private CalendarFeedReader() {
    }

    static Feed read(byte[] body, Instant now, int maxEvents) throws NotICalendar {
        Calendar calendar = parse(body);
        ZoneId defaultZone = calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue)
                .flatMap(FeedEvents::zone).orElse(ZoneId.of(EventInput.DEFAULT_ZONE));
        Map<String, VEvent> series = new LinkedHashMap<>();
        List<VEvent> overrides = new ArrayList<>();
        for (Object component : calendar.getComponents("VEVENT")) {
            VEvent vevent = (VEvent) component;
            Optional<String> uid = text(vevent, "UID");
            if (uid.isEmpty() || vevent.getProperty("DTSTART").isEmpty()) {
                continue;
            }
            if (vevent.getProperty("RECURRENCE-ID").isPresent()) {
                overrides.add(vevent);
            } else {
                series.putIfAbsent(uid.get(), vevent);
            }
        }
        Map<String, FeedEvent> events = new LinkedHashMap<>();
        series.forEach((uid, vevent) -> FeedEvents.draft(vevent, defaultZone)
                .ifPresent(draft -> events.put(uid, new FeedEvent(uid, FeedEvents.link(vevent), draft))));
        for (VEvent override : overrides) {
            String uid = text(override, "UID").orElseThrow();
            DateProperty<?> recurrenceId = (DateProperty<?>) override.getProperty("RECURRENCE-ID").orElseThrow();
            FeedEvent master = events.get(uid);
            if (master != null) {
                LocalDate day = FeedEvents.day(recurrenceId.getDate(), ZoneId.of(master.draft().timeZone()));
                events.put(uid, new FeedEvent(uid, master.url(), FeedEvents.except(master.draft(), day)));
            }
            if (!"CANCELLED".equalsIgnoreCase(text(override, "STATUS").orElse(""))) {
                String ownUid = uid + "/" + recurrenceId.getValue();
                FeedEvents.draft(override, defaultZone).map(FeedEvents::single)
                        .ifPresent(draft -> events.put(ownUid, new FeedEvent(ownUid, FeedEvents.link(override), draft)));
            }
        }
        Instant oldest = now.minus(KEEP_PAST);
        List<FeedEvent> upcoming = new ArrayList<>();
        List<FeedEvent> past = new ArrayList<>();
        for (FeedEvent event : events.values()) {
            Instant last = lastDay(event.draft());
            if (last.isAfter(now)) {
                upcoming.add(event);
            } else if (last.isAfter(oldest)) {
                past.add(event);
            }
        }
        upcoming.sort(Comparator.comparing(event -> event.draft().startsAt()));
        past.sort(Comparator.comparing((FeedEvent event) -> event.draft().startsAt()).reversed());
        List<FeedEvent> kept = new ArrayList<>(upcoming);
        kept.addAll(past);
        String name = calendar.getProperty("X-WR-CALNAME").map(Property::getValue).map(String::strip)
                .filter(value -> !value.isEmpty()).map(value -> value.length() > 200 ? value.substring(0, 200) : value)
                .orElse(null);
        return new Feed(name, List.copyOf(kept.subList(0, Math.min(kept.size(), maxEvents))));
    }

    /** When an event is last on: its end, or for a series with no end in sight, far ahead. */
    private static Instant lastDay(EventDraft draft) {
        if (draft.recurrenceFrequency() != null) {
            if (draft.recurrenceUntil() != null) {
                return draft.recurrenceUntil().plusDays(1).atStartOfDay(ZoneId.of(draft.timeZone())).toInstant();
            }
            return Instant.MAX;
        }
        return draft.endsAt();
    }

    private static Calendar parse(byte[] body) throws NotICalendar {
        String start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().replace("\uFEFF", "");
        if (!start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new NotICalendar("not an iCalendar feed (it does not begin with BEGIN:VCALENDAR)");
        }
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(body));
        } catch (ParserException | IOException | RuntimeException unreadable) {
            throw new NotICalendar("not a readable iCalendar feed: " + unreadable.getMessage());
        }
    }

    static Optional<String> text(VEvent vevent, String name) {
        return vevent.getProperty(name).map(Property::getValue).map(String::strip).filter(value -> !value.isEmpty());
    }

    static List<LocalDate> exceptionDays(VEvent vevent, ZoneId zone) {
        List<LocalDate> days = new ArrayList<>();
        for (Object property : vevent.getProperties("EXDATE")) {
            for (Object date : ((DateListProperty<?>) property).getDates()) {
                days.add(FeedEvents.day((java.time.temporal.Temporal) date, zone));
            }
        }
        return days;
    }
}
