package london.patchwork.server.events;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HubTest;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's calendars over real HTTP: headers, ETag and 304, what each calendar holds, and the link on pages. */
@MicronautTest(transactional = false)
class CalendarFeedIT extends HubTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EventService events;

    @Test
    void oneEventsCalendarCarriesItsSequenceAndAnswers304UntilItChanges() throws Exception {
        Instant start = LocalDateTime.parse("2026-10-20T19:00").atZone(LONDON).toInstant();
        CalendarEvent meetup = events.create(hub(), draft("Weekly meetup", start, start.plusSeconds(7200), null,
                List.of()).recurring(RecurrenceFrequency.WEEKLY, 4, List.of(LocalDate.parse("2026-11-03"))).build());

        HttpResponse<String> first = http().get("/events/" + meetup.id() + ".ics", "text/calendar");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        VEvent written = CalendarFeedWriterTest.only(CalendarFeedWriterTest.parse(first.body()));
        assertThat(CalendarFeedWriterTest.value(written, "UID")).isEqualTo(meetup.uri());
        assertThat(CalendarFeedWriterTest.value(written, "SEQUENCE")).isEqualTo(Integer.toString(meetup.sequence()));
        assertThat(CalendarFeedWriterTest.value(written, "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=4");
        assertThat(first.body()).contains("DTSTART;TZID=Europe/London:20261020T190000",
                "EXDATE;TZID=Europe/London:20261103T190000", "BEGIN:VTIMEZONE");

        assertThat(http().get("/events/" + meetup.id() + ".ics", "If-None-Match", etag).statusCode())
                .isEqualTo(304);

        CalendarEvent edited = events.edit(meetup.id(), ImportedEvents.HUB, draft("Weekly meetup (new room)", start,
                start.plusSeconds(7200), null, List.of()).build());
        HttpResponse<String> after = http().get("/events/" + meetup.id() + ".ics", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        VEvent rewritten = CalendarFeedWriterTest.only(CalendarFeedWriterTest.parse(after.body()));
        assertThat(Integer.parseInt(CalendarFeedWriterTest.value(rewritten, "SEQUENCE")))
                .isEqualTo(edited.sequence()).isGreaterThan(meetup.sequence());
        assertThat(CalendarFeedWriterTest.value(rewritten, "SUMMARY")).isEqualTo("Weekly meetup (new room)");

        assertThat(http().get("/events/999999.ics", "text/calendar").statusCode()).isEqualTo(404);
    }

    @Test
    void theHubsCalendarKeepsCancelledEventsAndLeavesOutOldAndDeletedOnes() throws Exception {
        Instant soon = Instant.now().plus(Duration.ofDays(3));
        CalendarEvent cancelled = events.create(hub(), draft("Cancelled picnic", soon, soon.plusSeconds(3600), null,
                List.of()).build());
        events.cancel(cancelled.id(), ImportedEvents.HUB);
        CalendarEvent deleted = events.create(hub(), draft("Deleted talk", soon, soon.plusSeconds(3600), null,
                List.of()).build());
        events.delete(deleted.id(), ImportedEvents.HUB);
        Instant longAgo = Instant.now().minus(Duration.ofDays(200));
        CalendarEvent old = events.create(hub(), draft("Old fair", longAgo, longAgo.plusSeconds(3600), null,
                List.of()).build());

        HttpResponse<String> calendar = http().get("/calendar.ics", "text/calendar");
        assertThat(calendar.statusCode()).isEqualTo(200);
        List<VEvent> listed = CalendarFeedWriterTest.parse(calendar.body()).getComponents("VEVENT");
        VEvent picnic = listed.stream().filter(event -> cancelled.uri().equals(
                CalendarFeedWriterTest.value(event, "UID"))).findFirst().orElseThrow();
        assertThat(CalendarFeedWriterTest.value(picnic, "STATUS")).isEqualTo("CANCELLED");
        assertThat(calendar.body()).doesNotContain(deleted.uri()).doesNotContain(old.uri());

        String etag = calendar.headers().firstValue("ETag").orElseThrow();
        assertThat(http().get("/calendar.ics", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        events.create(hub(), draft("Another", soon, soon.plusSeconds(60), null, List.of()).build());
        assertThat(http().get("/calendar.ics", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void categoryAndTagCalendarsHoldOnlyTheirEvents() throws Exception {
        Instant soon = Instant.now().plus(Duration.ofDays(5));
        CalendarEvent workshop = events.create(hub(), draft("Bike repair", soon, soon.plusSeconds(3600),
                "workshop", List.of("bikes")).build());
        CalendarEvent social = events.create(hub(), draft("Quiz night", soon, soon.plusSeconds(3600),
                "social", List.of("quiz")).build());

        String workshops = http().get("/events/categories/workshop/calendar.ics", "text/calendar").body();
        assertThat(workshops).contains(workshop.uri()).doesNotContain(social.uri()).contains("X-WR-CALNAME:Workshop");
        String bikes = http().get("/tags/bikes/calendar.ics", "text/calendar").body();
        assertThat(bikes).contains(workshop.uri()).doesNotContain(social.uri());
        assertThat(http().get("/events/categories/nothing-here/calendar.ics", "text/calendar").statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyPageLinksTheHubsCalendar() {
        for (String page : List.of("/", "/sign-in", "/members")) {
            assertThat(http().get(page, "text/html").body()).as(page)
                    .contains("<link rel=\"alternate\" type=\"text/calendar\"").contains("href=\"/calendar.ics\"");
        }
    }

    private long hub() {
        return events.authorId(ImportedEvents.HUB);
    }

    static DraftBuilder draft(String title, Instant start, Instant end, String category, List<String> tags) {
        return new DraftBuilder(title, start, end, category, tags);
    }

    /** An event's checked values, as a test writes them straight to the service. */
    static final class DraftBuilder {
        private final String title;
        private final Instant start;
        private final Instant end;
        private final String category;
        private final List<String> tags;
        private RecurrenceFrequency frequency;
        private Integer count;
        private List<LocalDate> exceptions = List.of();

        DraftBuilder(String title, Instant start, Instant end, String category, List<String> tags) {
            this.title = title;
            this.start = start;
            this.end = end;
            this.category = category;
            this.tags = tags;
        }

        DraftBuilder recurring(RecurrenceFrequency frequency, int count, List<LocalDate> exceptions) {
            this.frequency = frequency;
            this.count = count;
            this.exceptions = exceptions;
            return this;
        }

        EventDraft build() {
            return new EventDraft(title, "About " + title, start, end, "Europe/London", false, frequency, 1, null,
                    count, exceptions, new EventPlace("Hall", "1 High Street", "London", null, "E8 1AA", null, 51.54,
                    -0.05), null, List.of(), category, tags, null, JoinMode.FREE, null, EventStatus.CONFIRMED, null,
                    null, null, null, null);
        }
    }
}
