package london.patchwork.server.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The days a recurring event falls on, as its RRULE and EXDATE give them. */
class OccurrencesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aWeeklyEventKeepsItsWallClockTimeAcrossTheClockChangeAndSkipsItsExceptions() {
        CalendarEvent event = event("2026-10-14T19:00", RecurrenceFrequency.WEEKLY, 1, null, 4,
                List.of("2026-10-21"));
        assertThat(Occurrences.between(event, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-01")))
                .containsExactly(LocalDateTime.parse("2026-10-14T19:00"), LocalDateTime.parse("2026-10-28T19:00"),
                        LocalDateTime.parse("2026-11-04T19:00"));
    }

    @Test
    void aMonthlyEventOnThe31stSkipsShortMonthsAndStopsAtItsLastDate() {
        CalendarEvent event = event("2027-01-31T10:00", RecurrenceFrequency.MONTHLY, 1, LocalDate.parse("2027-05-31"),
                null, List.of());
        assertThat(Occurrences.between(event, LocalDate.parse("2027-01-01"), LocalDate.parse("2028-01-01")))
                .extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.parse("2027-01-31"),
                        LocalDate.parse("2027-03-31"), LocalDate.parse("2027-05-31"));
    }

    @Test
    void everySecondWeekOnlyTheDaysInTheRange() {
        CalendarEvent event = event("2026-12-01T18:00", RecurrenceFrequency.WEEKLY, 2, null, null, List.of());
        assertThat(Occurrences.between(event, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01")))
                .extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.parse("2027-01-12"),
                        LocalDate.parse("2027-01-26"));
    }

    @Test
    void aOneOffEventIsOnItsOwnDayOnly() {
        CalendarEvent event = event("2026-12-10T19:00", null, 1, null, null, List.of());
        assertThat(Occurrences.between(event, LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01")))
                .containsExactly(LocalDateTime.parse("2026-12-10T19:00"));
        assertThat(Occurrences.between(event, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01")))
                .isEmpty();
    }

    static CalendarEvent event(String localStart, RecurrenceFrequency frequency, int interval, LocalDate until,
                               Integer count, List<String> exceptions) {
        Instant start = LocalDateTime.parse(localStart).atZone(LONDON).toInstant();
        Instant now = Instant.now();
        return new CalendarEvent(1L, "https://hub.example/events/1", true, 1L, null, "Meetup", "", "", null, start,
                start.plusSeconds(7_200), "Europe/London", false, frequency, interval, until, count, exceptions,
                null, null, null, null, null, null, null, null, null, List.of(1L), null, List.of(), null,
                JoinMode.FREE, null, EventStatus.CONFIRMED, null, null, null, null, 0, null, null, null, null, now,
                now, null);
    }
}
