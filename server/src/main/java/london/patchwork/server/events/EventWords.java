package london.patchwork.server.events;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An event's date, time and place in words. Mastodon shows an Event only as its name, summary and link, so the
 * summary must say when and where on its own; the pages use the same words.
 */
final class EventWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private EventWords() {
    }

    /** "Thursday 10 December 2026, 19:00–21:00 (Europe/London)", or the days of an all-day event. */
    static String when(CalendarEvent event) {
        LocalDateTime start = event.localStart();
        LocalDateTime end = event.localEnd();
        String zone = " (" + event.timeZone() + ")";
        if (event.allDay()) {
            LocalDateTime last = end == null ? start : end.minusDays(1);
            return last.toLocalDate().isAfter(start.toLocalDate())
                    ? DAY.format(start) + " to " + DAY.format(last) + ", all day"
                    : DAY.format(start) + ", all day";
        }
        if (end == null) {
            return DAY.format(start) + ", " + TIME.format(start) + zone;
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end) + zone;
        }
        return DAY.format(start) + ", " + TIME.format(start) + " to " + DAY.format(end) + ", " + TIME.format(end)
                + zone;
    }

    /** How often it repeats, or empty. */
    static String repeats(CalendarEvent event) {
        if (!event.recurring()) {
            return "";
        }
        String unit = event.recurrenceFrequency() == RecurrenceFrequency.WEEKLY ? "week" : "month";
        String every = event.recurrenceInterval() == 1 ? "Every " + unit
                : "Every " + event.recurrenceInterval() + " " + unit + "s";
        if (event.recurrenceUntil() != null) {
            every += " until " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(event.recurrenceUntil());
        } else if (event.recurrenceCount() != null) {
            every += ", " + event.recurrenceCount() + " times";
        }
        if (!event.exceptionDates().isEmpty()) {
            every += " (not on " + event.exceptionDays().stream()
                    .map(day -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return every;
    }

    /** "Hackney Library, 1 Reading Lane, London, E8 1GQ", or empty when it has no place. */
    static String where(CalendarEvent event) {
        return Stream.of(event.placeName(), event.streetAddress(), event.locality(), event.region(), event.postcode(),
                        event.country())
                .filter(part -> part != null && !part.isBlank()).distinct().collect(Collectors.joining(", "));
    }

    /** The one-paragraph summary peers show. */
    static String summary(CalendarEvent event) {
        List<String> parts = new ArrayList<>();
        if (event.cancelled()) {
            parts.add("CANCELLED.");
        }
        parts.add(when(event) + ".");
        String repeats = repeats(event);
        if (!repeats.isEmpty()) {
            parts.add(repeats + ".");
        }
        String where = where(event);
        if (!where.isEmpty()) {
            parts.add("At " + where + ".");
        }
        if (event.online()) {
            parts.add(event.hasPlace() ? "Also online." : "Online.");
        }
        return String.join(" ", parts);
    }
}
