package london.patchwork.server.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member types for an event, read in its zone, and the reasons beside each field that is not right. */
class EventInputTest {

    @Test
    void wallClockTimesAreReadInTheEventsZone() {
        EventDraft draft = input("2026-07-01T19:00", "2026-07-01T21:00", "America/New_York", false, "", "")
                .check().draft();
        assertThat(draft.startsAt()).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
        assertThat(draft.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void anAllDayEventRunsFromMidnightToTheMidnightAfterItsLastDay() {
        EventDraft draft = input("2026-07-01T10:00", "2026-07-02", "", true, "", "").check().draft();
        assertThat(draft.startsAt()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(draft.endsAt()).isEqualTo(Instant.parse("2026-07-02T23:00:00Z"));
        assertThat(draft.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void eachMistakeHasItsReasonBesideItsField() {
        Map<String, String> errors = input("2026-07-01T19:00", "2026-07-01T18:00", "Mars/Olympus", false, "-3",
                "ftp://files.example/").check().errors();
        assertThat(errors).containsKeys("time_zone", "capacity", "online_url");
        errors = input("2026-07-01T19:00", "2026-07-01T18:00", "", false, "", "").check().errors();
        assertThat(errors).containsEntry("end", "The event ends before it starts.");
    }

    private static EventInput input(String start, String end, String zone, boolean allDay, String capacity,
                                    String online) {
        return new EventInput("Picnic", "", start, end, zone, allDay, "", "", "", "", "", "", "", "", "", "", "",
                "", online, "", "", "", capacity, "", "", "", "", "");
    }
}
