package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events API on one hub: create, show, edit, cancel, delete and list by date; the four kinds of bad input named
 * in the issue refused with 422 and the stored event unchanged; answers, capacity and the waiting list; the
 * organisers' attendee list and its CSV.
 */
@MicronautTest(transactional = false)
class EventsApiIT extends HubTest {

    private static final String MEETUP = """
            {"title": "Repair café", "description": "Bring a **broken** toaster.<script>alert(1)</script>",
             "start": "2030-10-26T18:30", "end": "2030-10-27T02:30", "time_zone": "Europe/London",
             "place_name": "Hackney Library", "street_address": "1 Reading Lane", "locality": "London",
             "postcode": "E8 1GQ", "country": "GB", "latitude": 51.545, "longitude": -0.0553,
             "online_url": "https://meet.example/repair", "category": "workshop", "tags": ["repair", "#Fixing"],
             "capacity": 2, "recurrence": "weekly", "recurrence_count": 4, "exception_dates": ["2030-11-09"]}""";

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private TestMembers.SignedIn olu;
    private TestMembers.SignedIn mo;

    @BeforeAll
    void members() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        olu = TestMembers.OLU.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
    }

    @Test
    void aMemberCreatesAnEventWithItsZoneAndPlaceAndAnOrganiserCancelsIt() {
        HttpResponse<String> created = ada.json("POST", "/api/patchwork/events", MEETUP);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode event = HttpProbe.json(created);
        String id = event.get("id").asText();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/patchwork/events/" + id);
        // 18:30 in London is 17:30 UTC on 26 October 2030 (summer time); it ends at 02:30 GMT, after the clocks go
        // back at 01:00 UTC.
        assertThat(event.get("starts_at").asText()).isEqualTo("2030-10-26T17:30:00Z");
        assertThat(event.get("ends_at").asText()).isEqualTo("2030-10-27T02:30:00Z");
        assertThat(event.get("start_local").asText()).isEqualTo("2030-10-26T18:30");
        assertThat(event.get("description_html").asText()).contains("<strong>broken</strong>").doesNotContain("script");
        assertThat(event.at("/place/postcode").asText()).isEqualTo("E8 1GQ");
        assertThat(event.get("hybrid").asBoolean()).isTrue();
        assertThat(event.get("tags")).extracting(JsonNode::asText).containsExactly("repair", "fixing");
        assertThat(event.at("/recurrence/frequency").asText()).isEqualTo("weekly");
        assertThat(event.at("/recurrence/exception_dates/0").asText()).isEqualTo("2030-11-09");
        assertThat(event.get("summary").asText()).contains("Saturday 26 October 2030, 18:30")
                .contains("Hackney Library");
        int sequence = event.get("sequence").asInt();

        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/events/" + id, "application/json"));
        assertThat(shown.get("title").asText()).isEqualTo("Repair café");

        JsonNode patched = ada.jsonOk("PATCH", "/api/patchwork/events/" + id, "{\"title\": \"Repair café & tea\"}");
        assertThat(patched.get("title").asText()).isEqualTo("Repair café & tea");
        assertThat(patched.at("/place/name").asText()).isEqualTo("Hackney Library");
        assertThat(patched.get("sequence").asInt()).isGreaterThan(sequence);

        assertThat(grace.json("PATCH", "/api/patchwork/events/" + id, "{\"title\": \"Mine now\"}").statusCode())
                .isEqualTo(403);
        JsonNode cancelled = olu.jsonOk("POST", "/api/patchwork/events/" + id + "/cancel", null);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.get("sequence").asInt()).isGreaterThan(patched.get("sequence").asInt());
        assertThat(grace.json("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"going\"}")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void badInputIsRefusedWithAReasonAndTheStoredEventIsKept() {
        String id = ada.jsonOk("POST", "/api/patchwork/events", MEETUP).get("id").asText();
        assertRefused(id, "{\"start\": \"2030-10-26T18:30\", \"end\": \"2030-10-26T17:00\"}", "ends before it starts");
        assertRefused(id, "{\"time_zone\": \"Europe/Hackney\"}", "Unknown time zone");
        assertRefused(id, "{\"latitude\": 95.0}", "Latitude must be between -90 and 90");
        assertRefused(id, "{\"capacity\": -1}", "Capacity cannot be below zero");
        assertRefused(id, "{\"online_url\": \"javascript:alert(1)\"}", "http:// or https://");
        JsonNode kept = HttpProbe.json(http().get("/api/patchwork/events/" + id, "application/json"));
        assertThat(kept.get("time_zone").asText()).isEqualTo("Europe/London");
        assertThat(kept.at("/place/latitude").asDouble()).isEqualTo(51.545);
        assertThat(kept.get("capacity").asInt()).isEqualTo(2);

        HttpResponse<String> created = ada.json("POST", "/api/patchwork/events",
                "{\"title\": \"Nowhere\", \"start\": \"2030-01-01T10:00\", \"end\": \"2030-01-01T09:00\"}");
        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(created.body()).contains("ends before it starts");
    }

    @Test
    void aFullEventPutsTheNextOnTheWaitingListAndPromotesThemWhenAPlaceIsFreed() {
        String id = ada.jsonOk("POST", "/api/patchwork/events", MEETUP).get("id").asText();
        assertThat(ada.jsonOk("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"going\"}")
                .get("standing").asText()).isEqualTo("confirmed");
        assertThat(grace.jsonOk("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"maybe\"}")
                .get("participant_count").asInt()).isEqualTo(1);
        assertThat(grace.jsonOk("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"going\"}")
                .get("remaining_capacity").asInt()).isZero();
        assertThat(olu.jsonOk("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"going\"}")
                .get("standing").asText()).isEqualTo("waiting");

        assertThat(grace.json("DELETE", "/api/patchwork/events/" + id + "/rsvp", null).statusCode()).isEqualTo(204);
        JsonNode list = ada.jsonOk("GET", "/api/patchwork/events/" + id + "/attendees", null);
        assertThat(list).extracting(row -> row.get("handle").asText() + " " + row.get("standing").asText())
                .containsExactlyInAnyOrder("@ada@" + hostPort() + " confirmed", "@olu@" + hostPort() + " confirmed");
        assertThat(grace.json("GET", "/api/patchwork/events/" + id + "/attendees", null).statusCode())
                .isEqualTo(403);
        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/events/" + id, "application/json"));
        assertThat(shown.get("participant_count").asInt()).isEqualTo(2);
        assertThat(shown.get("waiting_count").asInt()).isZero();
    }

    @Test
    void theAttendeeCsvDisarmsFormulas() {
        String id = ada.jsonOk("POST", "/api/patchwork/events", MEETUP).get("id").asText();
        mo.jsonOk("POST", "/api/patchwork/events/" + id + "/rsvp", "{\"response\":\"going\"}");
        assertThat(Attendees.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        HttpResponse<String> csv = ada.get("/api/patchwork/events/" + id + "/attendees.csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("name,handle,response,standing,local,answered_at")
                .contains("\"Mo Farah\",\"'@mo@" + hostPort() + "\",\"going\",\"confirmed\",yes");
    }

    @Test
    void theListTakesADateRangeAndPages() {
        for (String day : new String[] {"2031-03-01", "2031-03-02", "2031-03-03"}) {
            ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Walk " + day + "\", \"start\": \"" + day
                    + "T10:00\", \"end\": \"" + day + "T12:00\"}");
        }
        HttpResponse<String> first = http().get("/api/patchwork/events?from=2031-03-01&to=2031-03-03&limit=2",
                "application/json");
        assertThat(HttpProbe.json(first)).extracting(row -> row.get("title").asText())
                .containsExactly("Walk 2031-03-01", "Walk 2031-03-02");
        assertThat(first.headers().firstValue("Link").orElse("")).contains("offset=2").contains("rel=\"next\"");
        JsonNode second = HttpProbe.json(http().get("/api/patchwork/events?from=2031-03-01&to=2031-03-03&limit=2"
                + "&offset=2", "application/json"));
        assertThat(second).extracting(row -> row.get("title").asText()).containsExactly("Walk 2031-03-03");
        assertThat(http().get("/api/patchwork/events?from=yesterday", "application/json").statusCode())
                .isEqualTo(422);
    }

    @Test
    void aSeriesThatBeganWeeksAgoIsListedByItsNextDate() {
        java.time.LocalDate began = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusWeeks(3);
        ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Knit and natter\", \"start\": \"" + began
                + "T10:00\", \"end\": \"" + began + "T12:00\", \"recurrence\": \"weekly\"}");
        ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Finished series\", \"start\": \""
                + began.minusWeeks(10) + "T10:00\", \"end\": \"" + began.minusWeeks(10) + "T12:00\", "
                + "\"recurrence\": \"weekly\", \"recurrence_count\": 2}");
        String page = http().get("/events", "text/html").body();
        String regular = page.substring(page.indexOf("id=\"regular-events\""));
        assertThat(regular).contains("Knit and natter").contains("Next on ").contains("Every week")
                .doesNotContain("Finished series");
    }

    @Test
    void theHomePageListsTheNextEvents() {
        String id = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Soonest social\", "
                + "\"start\": \"2029-01-05T18:00\", \"end\": \"2029-01-05T20:00\"}").get("id").asText();
        String home = http().get("/", "text/html").body();
        assertThat(home).contains("id=\"coming-up\"").contains("href=\"/events/" + id + "\"")
                .contains("Soonest social").contains("Friday 5 January 2029, 18:00–20:00");
    }

    @Test
    void theOrganiserTokenCreatesAnEventAsTheHubsGroup() {
        HttpResponse<String> created = new TestMembers.SignedIn(http(), null).json("POST", "/api/patchwork/events",
                "{\"title\": \"Hub assembly\", \"start\": \"2031-02-01T14:00\", \"end\": \"2031-02-01T16:00\"}",
                Map.of("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = HttpProbe.json(created).get("id").asText();
        JsonNode document = HttpProbe.json(http().get("/events/" + id, "application/activity+json"));
        assertThat(document.get("type").asText()).isEqualTo("Event");
        assertThat(document.get("attributedTo").asText()).isEqualTo(baseUrl() + "/actors/hackney");
        assertThat(document.get("summary").asText()).contains("Saturday 1 February 2031, 14:00–16:00");
        assertThat(document.get("timezone").asText()).isEqualTo("Europe/London");
        assertThat(document.get("startTime").asText()).isEqualTo("2031-02-01T14:00:00Z");
        assertThat(document.get("cc").toString()).contains(baseUrl() + "/actors/hackney/followers");
        assertThat(http().get("/events/" + id, "text/html").body()).contains("Hub assembly");
        HttpResponse<String> cancelled = new TestMembers.SignedIn(http(), null).json("POST", "/api/patchwork/events/"
                + id + "/cancel", null, Map.of("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(HttpProbe.json(cancelled).get("status").asText()).isEqualTo("cancelled");
    }

    private void assertRefused(String id, String patch, String reason) {
        HttpResponse<String> response = ada.json("PATCH", "/api/patchwork/events/" + id, patch);
        assertThat(response.statusCode()).as(patch).isEqualTo(422);
        assertThat(HttpProbe.json(response).get("error").asText()).contains(reason);
    }

    private String hostPort() {
        return baseUrl().substring("http://".length());
    }
}
