package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One outside VEVENT as an event draft, bounded as a member's input is (title, description and place lengths,
 * coordinates in range, ten tags). Times with a TZID the JDK knows keep that zone; UTC and unknown zones (Outlook's
 * Windows names) keep their instant and are shown in the feed's X-WR-TIMEZONE or Europe/London; floating times are
 * read in that zone. Recurrence is kept when it is one the hub can store (weekly or monthly on the first occurrence's
 * day); any other rule is imported as its first occurrence only.
 */
final class FeedEvents {

    private static final int MAX_EXCEPTIONS = 200;

    private FeedEvents() {
    }

    static Optional<EventDraft> draft(VEvent vevent, ZoneId defaultZone) {
        DateProperty<?> start = (DateProperty<?>) vevent.getProperty("DTSTART").orElseThrow();
        Temporal startDate = start.getDate();
        boolean allDay = startDate instanceof LocalDate;
        ZoneId zone = allDay || startDate instanceof LocalDateTime ? defaultZone : zoneOf(start, defaultZone);
        Instant startsAt = instant(startDate, zone);
        Instant endsAt = end(vevent, startDate, zone, allDay, startsAt);
        if (endsAt.isBefore(startsAt)) {
            endsAt = startsAt;
        }
        String title = clip(CalendarFeedReader.text(vevent, "SUMMARY").orElse("Untitled event"),
                EventInput.MAX_TITLE_CHARS);
        String description = clip(CalendarFeedReader.text(vevent, "DESCRIPTION").orElse(""),
                EventInput.MAX_DESCRIPTION_CHARS);
        String location = CalendarFeedReader.text(vevent, "LOCATION").orElse(null);
        String online = location != null && web(location) ? location : null;
        Double latitude = null;
        Double longitude = null;
        Optional<Geo> geo = vevent.getProperty("GEO");
        if (geo.isPresent()) {
            double lat = geo.get().getLatitude().doubleValue();
            double lon = geo.get().getLongitude().doubleValue();
            if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                latitude = lat;
                longitude = lon;
            }
        }
        EventPlace place = new EventPlace(online != null || location == null ? null
                : clip(location, EventInput.MAX_FIELD_CHARS), null, null, null, null, null, latitude, longitude);
        EventStatus status = switch (CalendarFeedReader.text(vevent, "STATUS").orElse("").toUpperCase(Locale.ROOT)) {
            case "CANCELLED" -> EventStatus.CANCELLED;
            case "TENTATIVE" -> EventStatus.TENTATIVE;
            default -> EventStatus.CONFIRMED;
        };
        String url = link(vevent);
        EventDraft draft = new EventDraft(title, description, startsAt, endsAt, zone.getId(), allDay, null, 1, null,
                null, List.of(), place, online, List.of(), null, tags(vevent), null,
                url == null ? JoinMode.FREE : JoinMode.EXTERNAL, url, status, null, null, null, null, null);
        return Optional.of(recurrence(vevent, draft, startDate, zone));
    }

    /** The event's own page upstream, when it gives one on the web. */
    @Nullable
    static String link(VEvent vevent) {
        return CalendarFeedReader.text(vevent, "URL").filter(FeedEvents::web)
                .filter(url -> url.length() <= 2000).orElse(null);
    }

    static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The calendar day a date or time falls on in the zone. */
    static LocalDate day(Temporal temporal, ZoneId zone) {
        if (temporal instanceof LocalDate date) {
            return date;
        }
        if (temporal instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        return Instant.from(temporal).atZone(zone).toLocalDate();
    }

    /** The series without one occurrence (a changed or cancelled one the feed lists on its own). */
    static EventDraft except(EventDraft draft, LocalDate day) {
        if (draft.recurrenceFrequency() == null || draft.exceptionDates().contains(day)
                || draft.exceptionDates().size() >= MAX_EXCEPTIONS) {
            return draft;
        }
        List<LocalDate> days = new ArrayList<>(draft.exceptionDates());
        days.add(day);
        return withRecurrence(draft, draft.recurrenceFrequency(), draft.recurrenceInterval(),
                draft.recurrenceUntil(), draft.recurrenceCount(), days);
    }

    /** A changed occurrence stands alone: it does not repeat. */
    static EventDraft single(EventDraft draft) {
        return withRecurrence(draft, null, 1, null, null, List.of());
    }

    private static EventDraft recurrence(VEvent vevent, EventDraft draft, Temporal start, ZoneId zone) {
        Optional<RRule<?>> rule = vevent.getProperty("RRULE");
        if (rule.isEmpty()) {
            return draft;
        }
        Recur<?> recur = rule.get().getRecur();
        LocalDate first = day(start, zone);
        RecurrenceFrequency frequency;
        if (recur.getFrequency() == Frequency.WEEKLY && recur.getMonthDayList().isEmpty()
                && recur.getSetPosList().isEmpty() && recur.getDayList().size() <= 1
                && recur.getDayList().stream().allMatch(day -> day.getDay().name().equals(
                first.getDayOfWeek().name().substring(0, 2)))) {
            frequency = RecurrenceFrequency.WEEKLY;
        } else if (recur.getFrequency() == Frequency.MONTHLY && recur.getDayList().isEmpty()
                && recur.getSetPosList().isEmpty() && recur.getMonthDayList().stream()
                .allMatch(day -> day == first.getDayOfMonth())) {
            frequency = RecurrenceFrequency.MONTHLY;
        } else {
            return draft;
        }
        int interval = Math.max(1, Math.min(366, recur.getInterval()));
        LocalDate until = recur.getUntil() == null ? null : day(recur.getUntil(), zone);
        Integer count = until == null && recur.getCount() > 0 ? recur.getCount() : null;
        List<LocalDate> exceptions = CalendarFeedReader.exceptionDays(vevent, zone).stream().distinct()
                .limit(MAX_EXCEPTIONS).toList();
        return withRecurrence(draft, frequency, interval, until, count, exceptions);
    }

    private static EventDraft withRecurrence(EventDraft d, @Nullable RecurrenceFrequency frequency, int interval,
                                             @Nullable LocalDate until, @Nullable Integer count,
                                             List<LocalDate> exceptions) {
        return new EventDraft(d.title(), d.description(), d.startsAt(), d.endsAt(), d.timeZone(), d.allDay(),
                frequency, interval, until, count, exceptions, d.place(), d.onlineUrl(), d.organiserIds(),
                d.category(), d.tags(), d.capacity(), d.joinMode(), d.externalJoinUrl(), d.status(),
                d.imageMediaId(), d.imageDescription(), d.sourceSubscriptionId(), d.sourceUid(), d.sourceUrl());
    }

    private static ZoneId zoneOf(DateProperty<?> start, ZoneId defaultZone) {
        Optional<Parameter> tzid = start.getParameter(Parameter.TZID);
        return tzid.flatMap(parameter -> zone(parameter.getValue())).orElse(defaultZone);
    }

    private static Instant instant(Temporal temporal, ZoneId zone) {
        if (temporal instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (temporal instanceof LocalDateTime time) {
            return time.atZone(zone).toInstant();
        }
        return Instant.from(temporal);
    }

    private static Instant end(VEvent vevent, Temporal start, ZoneId zone, boolean allDay, Instant startsAt) {
        Optional<Property> end = vevent.getProperty("DTEND");
        if (end.isPresent()) {
            return instant(((DateProperty<?>) end.get()).getDate(), zone);
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = vevent.getProperty("DURATION");
        if (duration.isPresent()) {
            TemporalAmount amount = duration.get().getDuration();
            return allDay ? ((LocalDate) start).plus(amount).atStartOfDay(zone).toInstant()
                    : startsAt.atZone(zone).plus(amount).toInstant();
        }
        // RFC 5545: with no end, a date lasts the day and a date-time is an instant.
        return allDay ? ((LocalDate) start).plusDays(1).atStartOfDay(zone).toInstant() : startsAt;
    }

    private static List<String> tags(VEvent vevent) {
        List<String> tags = new ArrayList<>();
        for (Object property : vevent.getProperties("CATEGORIES")) {
            for (String category : ((Property) property).getValue().split(",")) {
                String tag = category.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "_")
                        .replaceAll("^_+|_+$", "");
                if (!tag.isEmpty() && tag.length() <= 40 && !tags.contains(tag) && tags.size() < EventInput.MAX_TAGS) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    private static boolean web(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !text.contains(" ");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
