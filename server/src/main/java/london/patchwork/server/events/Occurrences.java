package london.patchwork.server.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days a recurring event happens on, as its RRULE and EXDATE would give them: every {@code interval} weeks or
 * months from its first date (a monthly event on the 31st skips months without one, as RFC 5545 does), until its
 * last date or count, leaving out the exception dates. The wall-clock time stays the same across a clock change.
 */
final class Occurrences {

    /** Enough for ten years of a weekly event; a feed never needs more in one month. */
    static final int MAX = 600;

    private Occurrences() {
    }

    /** The local start times of the occurrences on days from {@code from} up to (not including) {@code to}. */
    static List<LocalDateTime> between(CalendarEvent event, LocalDate from, LocalDate to) {
        LocalDateTime first = event.localStart();
        if (!event.recurring()) {
            LocalDate day = first.toLocalDate();
            return !day.isBefore(from) && day.isBefore(to) ? List.of(first) : List.of();
        }
        Set<LocalDate> skipped = new HashSet<>(event.exceptionDays());
        List<LocalDateTime> found = new ArrayList<>();
        int counted = 0;
        for (int step = 0; step < MAX; step++) {
            LocalDateTime next = event.recurrenceFrequency() == RecurrenceFrequency.WEEKLY
                    ? first.plusWeeks((long) step * event.recurrenceInterval())
                    : first.plusMonths((long) step * event.recurrenceInterval());
            if (event.recurrenceFrequency() == RecurrenceFrequency.MONTHLY
                    && next.getDayOfMonth() != first.getDayOfMonth()) {
                continue;
            }
            LocalDate day = next.toLocalDate();
            if (event.recurrenceUntil() != null && day.isAfter(event.recurrenceUntil())) {
                break;
            }
            counted++;
            if (event.recurrenceCount() != null && counted > event.recurrenceCount()) {
                break;
            }
            if (!day.isBefore(to)) {
                break;
            }
            if (!day.isBefore(from) && !skipped.contains(day)) {
                found.add(next);
            }
        }
        return found;
    }
}
