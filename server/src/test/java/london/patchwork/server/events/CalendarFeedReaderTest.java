package london.patchwork.server.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside feeds as Google, Outlook and small WordPress plugins write them, read into drafts. */
class CalendarFeedReaderTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

    static final String FEED = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Partner//Calendar//EN
            X-WR-CALNAME:Clapton Tenants
            X-WR-TIMEZONE:Europe/London
            BEGIN:VEVENT
            UID:weekly@partner.example
            DTSTAMP:20260901T000000Z
            DTSTART;TZID=Europe/London:20261020T190000
            DTEND;TZID=Europe/London:20261020T210000
            RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T235959Z
            EXDATE;TZID=Europe/London:20261103T190000
            SUMMARY:Tenants' meeting
            DESCRIPTION:Agenda on the noticeboard.
            LOCATION:Clapton Hall\\, 1 Clapton Square
            GEO:51.55;-0.05
            CATEGORIES:Housing,Tenants Rights
            URL:https://partner.example/events/weekly
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly@partner.example
            RECURRENCE-ID;TZID=Europe/London:20261110T190000
            DTSTART;TZID=Europe/London:20261111T190000
            DTEND;TZID=Europe/London:20261111T210000
            SUMMARY:Tenants' meeting (moved to Wednesday)
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly@partner.example
            RECURRENCE-ID;TZID=Europe/London:20261117T190000
            DTSTART;TZID=Europe/London:20261117T190000
            STATUS:CANCELLED
            SUMMARY:Tenants' meeting
            END:VEVENT
            BEGIN:VEVENT
            UID:fair@partner.example
            DTSTART;VALUE=DATE:20261205
            SUMMARY:Winter fair
            STATUS:TENTATIVE
            END:VEVENT
            BEGIN:VEVENT
            UID:utc@partner.example
            DTSTART:20261024T090000Z
            DURATION:PT90M
            SUMMARY:Online surgery
            LOCATION:https://meet.example/surgery
            END:VEVENT
            BEGIN:VEVENT
            UID:old@partner.example
            DTSTART:20240101T090000Z
            DTEND:20240101T100000Z
            SUMMARY:Long gone
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20261024T090000Z
            SUMMARY:No UID
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    @Test
    void readsSeriesExceptionsOverridesAllDayAndUtcEventsAndLeavesOutOldOnes() throws Exception {
        CalendarFeedReader.Feed feed = CalendarFeedReader.read(FEED.getBytes(StandardCharsets.UTF_8), NOW, 100);
        Map<String, EventDraft> byUid = feed.events().stream().collect(Collectors.toMap(
                CalendarFeedReader.FeedEvent::uid, CalendarFeedReader.FeedEvent::draft));

        assertThat(feed.name()).isEqualTo("Clapton Tenants");
        assertThat(byUid.keySet()).containsExactlyInAnyOrder("weekly@partner.example",
                "weekly@partner.example/20261110T190000", "fair@partner.example", "utc@partner.example");

        EventDraft weekly = byUid.get("weekly@partner.example");
        assertThat(weekly.startsAt()).isEqualTo(Instant.parse("2026-10-20T18:00:00Z"));
        assertThat(weekly.endsAt()).isEqualTo(Instant.parse("2026-10-20T20:00:00Z"));
        assertThat(weekly.timeZone()).isEqualTo("Europe/London");
        assertThat(weekly.recurrenceFrequency()).isEqualTo(RecurrenceFrequency.WEEKLY);
        assertThat(weekly.recurrenceUntil()).isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(weekly.exceptionDates()).containsExactly(LocalDate.parse("2026-11-03"),
                LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-17"));
        assertThat(weekly.place().name()).isEqualTo("Clapton Hall, 1 Clapton Square");
        assertThat(weekly.place().latitude()).isEqualTo(51.55);
        assertThat(weekly.tags()).containsExactly("housing", "tenants_rights");
        assertThat(weekly.externalJoinUrl()).isEqualTo("https://partner.example/events/weekly");

        EventDraft moved = byUid.get("weekly@partner.example/20261110T190000");
        assertThat(moved.recurrenceFrequency()).isNull();
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2026-11-11T19:00:00Z"));

        EventDraft fair = byUid.get("fair@partner.example");
        assertThat(fair.allDay()).isTrue();
        assertThat(fair.status()).isEqualTo(EventStatus.TENTATIVE);
        assertThat(fair.endsAt()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));

        EventDraft surgery = byUid.get("utc@partner.example");
        assertThat(surgery.startsAt()).isEqualTo(Instant.parse("2026-10-24T09:00:00Z"));
        assertThat(surgery.endsAt()).isEqualTo(Instant.parse("2026-10-24T10:30:00Z"));
        assertThat(surgery.onlineUrl()).isEqualTo("https://meet.example/surgery");
        assertThat(surgery.place().name()).isNull();
    }

    @Test
    void theLimitKeepsUpcomingEventsFirst() throws Exception {
        List<String> kept = CalendarFeedReader.read(FEED.getBytes(StandardCharsets.UTF_8), NOW, 2).events().stream()
                .map(CalendarFeedReader.FeedEvent::uid).toList();
        assertThat(kept).containsExactly("weekly@partner.example", "utc@partner.example");
    }

    @Test
    void whatIsNotICalendarIsRefused() {
        assertThatThrownBy(() -> CalendarFeedReader.read("<html><body>Not found</body></html>"
                .getBytes(StandardCharsets.UTF_8), NOW, 10)).isInstanceOf(CalendarFeedReader.NotICalendar.class)
                .hasMessageContaining("BEGIN:VCALENDAR");
        assertThatThrownBy(() -> CalendarFeedReader.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n"
                .getBytes(StandardCharsets.UTF_8), NOW, 10)).isInstanceOf(CalendarFeedReader.NotICalendar.class);
    }

    @Test
    void whatTheHubWritesReadsBackAsTheSameEvent() throws Exception {
        Instant start = Instant.parse("2026-10-20T18:00:00Z");
        CalendarEvent meetup = SampleEvents.event(7, "Tuesday meetup", start, start.plusSeconds(7200))
                .weekly(null, 6, List.of("2026-11-03")).build();
        String written = new CalendarFeedWriter().write("Hub", List.of(meetup));
        EventDraft read = CalendarFeedReader.read(written.getBytes(StandardCharsets.UTF_8), NOW, 10).events()
                .getFirst().draft();
        assertThat(read.startsAt()).isEqualTo(meetup.startsAt());
        assertThat(read.endsAt()).isEqualTo(meetup.endsAt());
        assertThat(read.recurrenceCount()).isEqualTo(6);
        assertThat(read.exceptionDates()).containsExactly(LocalDate.parse("2026-11-03"));
        assertThat(read.timeZone()).isEqualTo("Europe/London");
    }
}
