package london.patchwork.server.events;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Events as an iCalendar (RFC 5545) calendar that phones and desktop calendar apps subscribe to. UID is the event's
 * ActivityPub id, so an app keeps one entry per event however often it refreshes; SEQUENCE is the event's; DTSTAMP
 * and LAST-MODIFIED are when it last changed, so an unchanged calendar is the same bytes (and the same ETag). Timed
 * events carry their zone as TZID with a VTIMEZONE for each zone used (from ical4j's bundled zoneinfo), so a weekly
 * 19:00 meetup stays at 19:00 across a daylight-saving change; all-day events are VALUE=DATE. Cancelled events are
 * kept with STATUS:CANCELLED, so apps that already hold them strike them out rather than lose them silently.
 *
 * <p>No ORGANIZER: members have no public address a calendar app could write to, and an ORGANIZER that is not the
 * reader makes Outlook and Apple Calendar show every event as a meeting invitation to answer.
 */
@Singleton
public class CalendarFeedWriter {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String PRODUCT = "-//Patchwork//Patchwork events//EN";
    private static final java.time.format.DateTimeFormatter UTC_STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Optional<VTimeZone>> timeZones = new ConcurrentHashMap<>();

    /** A calendar of these events, named for calendar apps' lists. */
    public String write(String name, List<CalendarEvent> events) {
        Calendar head = new Calendar();
        head.add(new ProdId(PRODUCT));
        head.add(new Version(new ParameterList(), Version.VALUE_2_0));
        head.add(new CalScale(CalScale.VALUE_GREGORIAN));
        head.add(new Method(Method.VALUE_PUBLISH));
        head.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zonesUsed = new LinkedHashSet<>();
        StringBuilder vevents = new StringBuilder(events.size() * 600);
        for (CalendarEvent event : events) {
            boolean zoned = !event.allDay() && timeZone(event.timeZone()).isPresent();
            if (zoned) {
                zonesUsed.add(event.timeZone());
            }
            vevents.append(written.get(event, zoned));
        }
        zonesUsed.forEach(zone -> head.add(timeZone(zone).orElseThrow()));
        // ical4j writes a calendar as its properties then its components in turn, so the events (each written once
        // per change, below) are set in before the end line. Writing 10,000 through ical4j anew took seconds.
        String text = head.toString();
        int end = text.lastIndexOf("END:VCALENDAR");
        return text.substring(0, end) + vevents + text.substring(end);
    }

    private Optional<VTimeZone> timeZone(String id) {
        return timeZones.computeIfAbsent(id, key -> {
            TimeZone zone = zones.getTimeZone(key);
            return zone == null ? Optional.empty() : Optional.of(zone.getVTimeZone());
        });
    }

    /**
     * Each event's VEVENT as written, kept while the event is unchanged (an edit bumps its sequence and time), so a
     * calendar of thousands costs a lookup per event rather than ical4j's writing. Bounded: the least recently used
     * go first.
     */
    private final class WrittenEvents {
        private static final int MAX = 12_000;
        private final Map<String, String> texts = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                        return size() > MAX;
                    }
                });

        String get(CalendarEvent event, boolean zoned) {
            String key = event.uri() + " " + event.sequence() + " " + event.updatedAt().toEpochMilli() + " " + zoned;
            String text = texts.get(key);
            if (text == null) {
                text = vevent(event, zoned).toString();
                texts.put(key, text);
            }
            return text;
        }
    }

    private final WrittenEvents written = new WrittenEvents();

    /** One event; {@code zoned} is false for all-day events and zones ical4j does not know (written in UTC). */
    private VEvent vevent(CalendarEvent event, boolean zoned) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uri()));
        vevent.add(new DtStamp(event.updatedAt()));
        vevent.add(new Created(event.createdAt()));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Summary(event.title()));
        if (event.allDay()) {
            LocalDate first = event.localStart().toLocalDate();
            vevent.add(new DtStart<>(first));
            vevent.add(new DtEnd<>(event.endsAt() == null ? first.plusDays(1)
                    : allDayEnd(first, event.localEnd().toLocalDate())));
        } else {
            vevent.add(new DtStart<>(at(event.startsAt().atZone(event.zone()), zoned)));
            if (event.endsAt() != null) {
                vevent.add(new DtEnd<>(at(event.endsAt().atZone(event.zone()), zoned)));
            }
        }
        if (event.recurring()) {
            recurrence(event, zoned, vevent);
        }
        vevent.add(new Status(switch (event.status()) {
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        String location = location(event);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        if (event.latitude() != null && event.longitude() != null) {
            vevent.add(new Geo(BigDecimal.valueOf(event.latitude()), BigDecimal.valueOf(event.longitude())));
        }
        String page = event.local() || event.url() == null ? event.uri() : event.url();
        vevent.add(new Url(URI.create(page)));
        String description = CalendarText.description(event);
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        List<String> categories = new ArrayList<>();
        if (event.category() != null) {
            categories.add(event.category());
        }
        categories.addAll(event.tags());
        if (!categories.isEmpty()) {
            vevent.add(new Categories(new TextList(categories)));
        }
        return vevent;
    }

    /** An all-day event's DTEND is the day after its last (exclusive); a stored end on its first day means one day. */
    private static LocalDate allDayEnd(LocalDate first, LocalDate end) {
        return end.isAfter(first) ? end : first.plusDays(1);
    }

    private static ZonedDateTime at(ZonedDateTime time, boolean zoned) {
        return zoned ? time : time.withZoneSameInstant(ZoneOffset.UTC);
    }

    /** RRULE from the frequency, interval and until or count; EXDATE at the event's own time of day on each date. */
    private static void recurrence(CalendarEvent event, boolean zoned, VEvent vevent) {
        Frequency frequency = event.recurrenceFrequency() == RecurrenceFrequency.WEEKLY
                ? Frequency.WEEKLY : Frequency.MONTHLY;
        if (event.allDay()) {
            Recur.Builder<LocalDate> rule = new Recur.Builder<LocalDate>().frequency(frequency)
                    .interval(event.recurrenceInterval());
            if (event.recurrenceUntil() != null) {
                rule.until(event.recurrenceUntil());
            } else if (event.recurrenceCount() != null) {
                rule.count(event.recurrenceCount());
            }
            vevent.add(new RRule<>(rule.build()));
            if (!event.exceptionDates().isEmpty()) {
                vevent.add(new ExDate<>(new DateList<>(event.exceptionDays())));
            }
            return;
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency.name());
        if (event.recurrenceUntil() != null) {
            // UNTIL is inclusive and, beside a DTSTART with TZID, must be UTC: the end of the last day in the zone.
            // (Written by hand: ical4j's builder drops the Z of a UTC time.)
            rule.append(";UNTIL=").append(UTC_STAMP.format(event.recurrenceUntil().plusDays(1)
                    .atStartOfDay(event.zone()).minusSeconds(1).withZoneSameInstant(ZoneOffset.UTC)));
        } else if (event.recurrenceCount() != null) {
            rule.append(";COUNT=").append(event.recurrenceCount());
        }
        if (event.recurrenceInterval() > 1) {
            rule.append(";INTERVAL=").append(event.recurrenceInterval());
        }
        vevent.add(new RRule<>(new Recur<ZonedDateTime>(rule.toString())));
        if (!event.exceptionDates().isEmpty()) {
            List<ZonedDateTime> skipped = event.exceptionDays().stream()
                    .map(day -> at(event.localStart().with(day).atZone(event.zone()), zoned)).toList();
            ParameterList parameters = zoned ? new ParameterList(List.of(new TzId(event.timeZone())))
                    : new ParameterList();
            vevent.add(new ExDate<>(parameters, new DateList<>(skipped)));
        }
    }

    /** The place's name and address on one line, or the online link for an event that is only online. */
    static String location(CalendarEvent event) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {event.placeName(), event.streetAddress(), event.locality(), event.region(),
                event.postcode(), event.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty() && event.onlineUrl() != null) {
            return event.onlineUrl();
        }
        return String.join(", ", parts);
    }
}
