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

    private TestMembers.SignedIn hackneyAda;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(hackney.actorUrl(), StandardCharsets.UTF_8), Map.of()));
        String hackneyId = account.get("id").asText();
        lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + hackneyId, Map.of())).path(0).path("following").asBoolean());
        hackneyAda = TestMembers.ADA.join(hackney.baseUrl());
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
        TestMembers.SignedIn ada = hackneyAda;
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

    @Test
    void aRemoteJoinIsAcceptedAndCountedTheFullEventsWaitingListPromotedWhenSomeoneLeaves() {
        JsonNode event = hackneyAda.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Seed swap\", "
                + "\"start\": \"2031-04-05T10:00\", \"end\": \"2031-04-05T12:00\", \"capacity\": 1}");
        String uri = event.get("uri").asText();
        String id = event.get("id").asText();
        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        long copy = onLambeth(uri).orElseThrow().id();

        TestMembers.SignedIn bea = TestMembers.ADA.join(lambeth.baseUrl());
        TestMembers.SignedIn cal = TestMembers.GRACE.join(lambeth.baseUrl());
        assertThat(bea.jsonOk("POST", "/api/patchwork/events/" + copy + "/rsvp", "{\"response\": \"going\"}")
                .get("standing").asText()).isEqualTo("pending");
        await().atMost(PATIENCE).until(() -> standingOnLambeth(copy, "ada").equals("confirmed"));
        assertThat(shownOnHackney(id).get("participant_count").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(CalendarEvent::remoteParticipantCount)
                .filter(count -> count == 1).isPresent());

        cal.jsonOk("POST", "/api/patchwork/events/" + copy + "/rsvp", "{\"response\": \"going\"}");
        await().atMost(PATIENCE).until(() -> shownOnHackney(id).get("waiting_count").asInt() == 1);
        assertThat(standingOnLambeth(copy, "grace")).isEqualTo("pending");
        assertThat(shownOnHackney(id).get("participant_count").asInt()).isEqualTo(1);

        assertThat(bea.json("DELETE", "/api/patchwork/events/" + copy + "/rsvp", null).statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> standingOnLambeth(copy, "grace").equals("confirmed"));
        JsonNode after = shownOnHackney(id);
        assertThat(after.get("participant_count").asInt()).isEqualTo(1);
        assertThat(after.get("waiting_count").asInt()).isZero();
        assertThat(hackneyAda.jsonOk("GET", "/api/patchwork/events/" + id + "/attendees", null))
                .extracting(row -> row.get("handle").asText().replaceAll(":\\d+$", "") + " "
                        + row.get("standing").asText())
                .containsExactly("@grace@localhost confirmed");
    }

    private JsonNode shownOnHackney(String id) {
        return HttpProbe.json(hackney.http().get("/api/patchwork/events/" + id, "application/json"));
    }

    private String standingOnLambeth(long eventId, String username) {
        return lambeth.bean(RsvpRepository.class).findByEventIdAndActorId(eventId,
                lambeth.rows().localActorId(username)).map(rsvp -> rsvp.standing().name().toLowerCase())
                .orElse("none");
    }
}
