package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second real hub follows the first hub's Group. A member of the first creates an event: it reaches the second
 * hub through the Group's followers (the member is followed by no one there) with its times, zone and place; each
 * edit follows as an {@code Update}, the cancellation too, and the deletion removes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsFederationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RunningHub hackney;
    private RunningHub lambeth;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stop() {
        lambeth.close();
        hackney.close();
    }

    private Optional<CalendarEvent> onLambeth(String uri) {
        return lambeth.bean(CalendarEventRepository.class).findByUri(uri);
    }

    @Test
    void anEventItsEditAndItsCancellationReachTheHubsFollowers() {
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(hackney.actorUrl(), StandardCharsets.UTF_8), Map.of()));
        String hackneyId = account.get("id").asText();
        lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + hackneyId, Map.of())).path(0).path("following").asBoolean());

        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        JsonNode event = ada.jsonOk("POST", "/api/patchwork/events", """
                {"title": "Winter fair", "description": "Stalls and *mulled* apple juice.",
                 "start": "2031-12-06T12:00", "end": "2031-12-06T17:00", "time_zone": "Europe/London",
                 "place_name": "St John at Hackney", "street_address": "Lower Clapton Road", "locality": "London",
                 "postcode": "E5 0PD", "latitude": 51.5502, "longitude": -0.0552,
                 "online_url": "https://stream.example/fair", "capacity": 300}""");
        String uri = event.get("uri").asText();
        String id = event.get("id").asText();

        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        CalendarEvent copy = onLambeth(uri).orElseThrow();
        assertThat(copy.local()).isFalse();
        assertThat(copy.title()).isEqualTo("Winter fair");
        assertThat(copy.startsAt()).isEqualTo(Instant.parse("2031-12-06T12:00:00Z"));
        assertThat(copy.endsAt()).isEqualTo(Instant.parse("2031-12-06T17:00:00Z"));
        assertThat(copy.timeZone()).isEqualTo("Europe/London");
        assertThat(copy.placeName()).isEqualTo("St John at Hackney");
        assertThat(copy.postcode()).isEqualTo("E5 0PD");
        assertThat(copy.latitude()).isEqualTo(51.5502);
        assertThat(copy.onlineUrl()).isEqualTo("https://stream.example/fair");
        assertThat(copy.capacity()).isEqualTo(300);
        assertThat(copy.descriptionHtml()).contains("<em>mulled</em>");
        assertThat(lambeth.http().get("/events/" + copy.id(), "text/html").body()).contains("Winter fair")
                .contains("St John at Hackney");

        ada.jsonOk("PATCH", "/api/patchwork/events/" + id, "{\"start\": \"2031-12-06T13:00\"}");
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(CalendarEvent::startsAt)
                .filter(Instant.parse("2031-12-06T13:00:00Z")::equals).isPresent());

        TestMembers.SignedIn olu = TestMembers.OLU.join(hackney.baseUrl());
        olu.jsonOk("POST", "/api/patchwork/events/" + id + "/cancel", null);
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(CalendarEvent::cancelled).orElse(false));
        assertThat(lambeth.rows().queryLong("select count(*) from inbox_activities where raw->>'type' = 'Update' "
                + "and raw->'object'->>'id' = ?", uri)).isGreaterThanOrEqualTo(2);

        assertThat(olu.json("DELETE", "/api/patchwork/events/" + id, null).statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(CalendarEvent::deleted).orElse(false));
        assertThat(hackney.http().get("/events/" + id, "application/activity+json").statusCode()).isEqualTo(410);
    }
}
