package london.patchwork.server.events;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar the hub serves, read back with ical4j as a calendar app would. */
class CalendarFeedWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final CalendarFeedWriter writer = new CalendarFeedWriter();

    @Test
    void aWeeklyMeetupAcrossTheOctoberClockChangeKeepsItsLocalTimeAndSkipsItsExceptionDate() throws Exception {
        Instant start = LocalDateTime.parse("2026-10-20T19:00").atZone(LONDON).toInstant();
        CalendarEvent meetup = SampleEvents.event(7, "Tuesday meetup", start, start.plusSeconds(7200))
                .weekly(null, 4, List.of("2026-11-03")).at("The Round Chapel", "1d Glenarm Road", "London",
                        "E5 0LY", 51.5505, -0.0553).build();

        String text = writer.write("Hackney", List.of(meetup));
        VEvent event = only(parse(text));

        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/London", "DTSTART;TZID=Europe/London:20261020T190000",
                "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/London:20261103T190000");
        assertThat(value(event, "UID")).isEqualTo(meetup.uri());
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "LOCATION")).isEqualTo("The Round Chapel, 1d Glenarm Road, London, E5 0LY");
        assertThat(value(event, "GEO")).isEqualTo("51.5505;-0.0553");
        assertThat(value(event, "URL")).isEqualTo(meetup.uri());
        DtStart<ZonedDateTime> dtStart = event.<ZonedDateTime>getStartDate().orElseThrow();
        List<Instant> occurrences = event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                        dtStart.getDate().minusDays(1), dtStart.getDate().plusWeeks(8))).stream()
                .map(period -> Instant.from(period.getStart())).sorted().toList();
        assertThat(occurrences).containsExactly(
                Instant.parse("2026-10-20T18:00:00Z"),  // British Summer Time until 25 October
                Instant.parse("2026-10-27T19:00:00Z"),  // GMT after
                Instant.parse("2026-11-10T19:00:00Z")); // 3 November left out
        assertThat(Instant.from(dtStart.getDate())).isEqualTo(start);
        Temporal end = ((net.fortuna.ical4j.model.property.DateProperty<?>) event.getProperty("DTEND")
                .orElseThrow()).getDate();
        assertThat(Instant.from(end)).isEqualTo(start.plusSeconds(7200));
    }

    @Test
    void aCancelledAllDayEventIsKeptAsCancelledWithDates() throws Exception {
        Instant start = LocalDate.parse("2026-12-26").atStartOfDay(LONDON).toInstant();
        CalendarEvent boxingDay = SampleEvents.event(8, "Boxing Day walk", start,
                LocalDate.parse("2026-12-28").atStartOfDay(LONDON).toInstant()).allDay()
                .status(EventStatus.CANCELLED).tagged("outdoors", List.of("walks")).build();

        VEvent event = only(parse(writer.write("Hackney", List.of(boxingDay))));

        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.parse("2026-12-26"));
        assertThat(((net.fortuna.ical4j.model.property.DateProperty<?>) event.getProperty("DTEND").orElseThrow())
                .getDate()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(value(event, "CATEGORIES")).isEqualTo("outdoors,walks");
    }

    @Test
    void aMonthlySeriesUntilADateWritesUntilInUtcAndPlainTextDescription() throws Exception {
        Instant start = LocalDateTime.parse("2026-03-05T10:30").atZone(LONDON).toInstant();
        CalendarEvent repairCafe = SampleEvents.event(9, "Repair café", start, start.plusSeconds(3600))
                .monthly(LocalDate.parse("2026-06-30")).described("Bring **anything** broken.\n\n- lamps\n- toasters")
                .online("https://meet.example/repair").build();

        String text = writer.write("Hackney", List.of(repairCafe));
        VEvent event = only(parse(text));

        assertThat(value(event, "RRULE")).contains("FREQ=MONTHLY").contains("UNTIL=20260630T225959Z");
        assertThat(value(event, "DESCRIPTION")).contains("Bring anything broken.").doesNotContain("**");
        assertThat(value(event, "LOCATION")).isEqualTo("https://meet.example/repair");
        assertThat(text).contains("X-WR-CALNAME:Hackney");
    }

    @Test
    void theSameEventsWriteTheSameBytes() {
        Instant start = Instant.parse("2027-01-10T12:00:00Z");
        CalendarEvent event = SampleEvents.event(10, "Steady", start, start.plusSeconds(60)).build();
        assertThat(writer.write("Hub", List.of(event))).isEqualTo(writer.write("Hub", List.of(event)));
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
