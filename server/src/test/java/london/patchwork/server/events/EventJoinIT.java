package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fediverse users answer our events as Mobilizon does: a {@code Join} is accepted and counted, a full event puts the
 * next on the waiting list and refuses the one after, a {@code Leave} frees the place for the first waiting (who is
 * sent the {@code Accept}); "maybe" is answered with {@code TentativeAccept}; a restricted event waits for an
 * organiser. A Mastodon reply to the event shows in its discussion.
 */
@MicronautTest(transactional = false)
class EventJoinIT extends HubTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject InboxActivityRepository inbox;
    @Inject CalendarEventRepository events;

    private RemoteServer mobilizon;
    private TestMembers.SignedIn ada;

    @BeforeAll
    void start() {
        mobilizon = new RemoteServer();
        ada = TestMembers.ADA.join(baseUrl());
    }

    @AfterAll
    void stop() {
        mobilizon.close();
    }

    @Test
    void capacityIsEnforcedTheWaitingListPromotedAndLeaveFreesAPlace() {
        JsonNode event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Allotment open day\", "
                + "\"start\": \"2031-05-10T11:00\", \"end\": \"2031-05-10T15:00\", \"capacity\": 1}");
        String uri = event.get("uri").asText();
        URI first = mobilizon.addActor("first");
        URI second = mobilizon.addActor("second");
        URI third = mobilizon.addActor("third");

        String firstJoin = join(first, uri, null);
        awaitAnswer(first, "Accept", firstJoin);
        assertThat(counts(event)).isEqualTo("1 0 0");
        assertThat(HttpProbe.json(http().get("/events/" + event.get("id").asText(), "application/activity+json"))
                .get("participantCount").asInt()).isEqualTo(1);

        String secondJoin = join(second, uri, null);
        String thirdJoin = join(third, uri, null);
        awaitAnswer(third, "Reject", thirdJoin);
        assertThat(counts(event)).isEqualTo("1 0 1");
        assertThat(answersTo(second)).isEmpty();

        leave(first, uri);
        awaitAnswer(second, "Accept", secondJoin);
        assertThat(counts(event)).isEqualTo("1 0 0");
        JsonNode document = HttpProbe.json(http().get("/events/" + event.get("id").asText(),
                "application/activity+json"));
        assertThat(document.get("remainingAttendeeCapacity").asInt()).isZero();
        assertThat(document.get("maximumAttendeeCapacity").asInt()).isEqualTo(1);
    }

    @Test
    void maybeIsATentativeAcceptAndARestrictedEventWaitsForAnOrganiser() {
        JsonNode open = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Tool library\", "
                + "\"start\": \"2031-06-10T18:00\", \"end\": \"2031-06-10T20:00\"}");
        URI unsure = mobilizon.addActor("unsure");
        String maybe = join(unsure, open.get("uri").asText(), "maybe");
        awaitAnswer(unsure, "TentativeAccept", maybe);
        assertThat(counts(open)).isEqualTo("0 1 0");

        JsonNode restricted = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Board meeting\", "
                + "\"start\": \"2031-06-11T18:00\", \"end\": \"2031-06-11T20:00\", \"join_mode\": \"restricted\"}");
        URI keen = mobilizon.addActor("keen");
        String keenJoin = join(keen, restricted.get("uri").asText(), null);
        String id = restricted.get("id").asText();
        await().atMost(PATIENCE).until(() -> ada.jsonOk("GET", "/api/patchwork/events/" + id + "/attendees", null)
                .path(0).path("standing").asText().equals("pending"));
        assertThat(answersTo(keen)).isEmpty();
        assertThat(counts(restricted)).isEqualTo("0 0 0");
        long rsvpId = rows("select id from calendar_event_rsvps where join_uri = '" + keenJoin + "'");
        ada.jsonOk("POST", "/api/patchwork/events/" + id + "/attendees/" + rsvpId + "/approve", null);
        awaitAnswer(keen, "Accept", keenJoin);
        assertThat(counts(restricted)).isEqualTo("1 0 0");
    }

    @Test
    void aMastodonReplyToAnEventIsItsDiscussion() {
        JsonNode event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Litter pick\", "
                + "\"start\": \"2031-07-01T10:00\", \"end\": \"2031-07-01T12:00\"}");
        URI neighbour = mobilizon.addActor("neighbour");
        ObjectNode note = JSON.createObjectNode().put("id", neighbour + "/statuses/" + SERIAL.incrementAndGet())
                .put("type", "Note").put("attributedTo", neighbour.toString())
                .put("inReplyTo", event.get("uri").asText()).put("content", "<p>I will bring gloves!</p>")
                .put("published", "2026-12-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        ObjectNode create = activity("Create", neighbour, null);
        create.set("object", note);
        create.set("to", note.get("to"));
        deliver(neighbour, create);
        await().atMost(PATIENCE).until(() -> http().get("/events/" + event.get("id").asText(), "text/html").body()
                .contains("I will bring gloves!"));
        assertThat(http().get("/events/" + event.get("id").asText(), "text/html").body())
                .contains("id=\"event-discussion\"").doesNotContain("id=\"no-replies\"");
    }

    @Test
    void onlyARemoteEventsOrganiserMayChangeOrDeleteIt() {
        URI organiser = mobilizon.addActor("organiser");
        URI neighbour = mobilizon.addActor("same-server-neighbour");
        String id = mobilizon.uri("/events/street-party-" + SERIAL.incrementAndGet()).toString();
        ObjectNode event = JSON.createObjectNode().put("id", id).put("type", "Event").put("name", "Street party")
                .put("attributedTo", organiser.toString()).put("startTime", "2031-08-01T14:00:00+01:00")
                .put("timezone", "Europe/London");
        event.putArray("to").add("https://www.w3.org/ns/activitystreams#Public").add(baseUrl() + "/actors/hackney");
        ObjectNode create = activity("Create", organiser, null);
        create.set("object", event);
        deliver(organiser, create);
        assertThat(title(id)).isEqualTo("Street party");

        ObjectNode forged = event.deepCopy().put("name", "Street party cancelled (not really)");
        ObjectNode update = activity("Update", neighbour, null);
        update.set("object", forged);
        deliver(neighbour, update);
        deliver(neighbour, activity("Delete", neighbour, id));
        assertThat(title(id)).as("another account on the event's server changes nothing")
                .isEqualTo("Street party");

        ObjectNode edited = event.deepCopy().put("name", "Street party, with music");
        ObjectNode real = activity("Update", organiser, null);
        real.set("object", edited);
        deliver(organiser, real);
        assertThat(title(id)).isEqualTo("Street party, with music");
    }

    private String title(String eventUri) {
        return events.findByUri(eventUri).filter(found -> !found.deleted()).map(CalendarEvent::title).orElse("");
    }

    private String join(URI actor, String eventUri, String summary) {
        ObjectNode join = activity("Join", actor, eventUri);
        if (summary != null) {
            join.put("summary", summary);
        }
        deliver(actor, join);
        return join.get("id").asText();
    }

    private void leave(URI actor, String eventUri) {
        deliver(actor, activity("Leave", actor, eventUri));
    }

    private ObjectNode activity(String type, URI actor, String object) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("@context", "https://www.w3.org/ns/activitystreams");
        activity.put("id", actor + "/" + type.toLowerCase() + "/" + SERIAL.incrementAndGet()).put("type", type)
                .put("actor", actor.toString());
        if (object != null) {
            activity.put("object", object);
        }
        return activity;
    }

    private void deliver(URI actor, ObjectNode activity) {
        var response = mobilizon.deliver(actor, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(PATIENCE).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
    }

    private void awaitAnswer(URI actor, String type, String joinId) {
        await().atMost(PATIENCE).until(() -> answersTo(actor).stream().anyMatch(answer ->
                answer.get("type").asText().equals(type) && answer.get("object").asText().equals(joinId)));
    }

    private List<JsonNode> answersTo(URI actor) {
        return mobilizon.received().stream().map(RemoteServer.Received::body)
                .filter(body -> body.path("to").toString().contains(actor.toString()))
                .filter(body -> List.of("Accept", "Reject", "TentativeAccept").contains(body.path("type").asText()))
                .toList();
    }

    /** Going, maybe and waiting, as the API counts them. */
    private String counts(JsonNode event) {
        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/events/" + event.get("id").asText(),
                "application/json"));
        return shown.get("participant_count").asInt() + " " + shown.get("maybe_count").asInt() + " "
                + shown.get("waiting_count").asInt();
    }

    private long rows(String sql) {
        return new london.patchwork.server.testing.FederationRows(getProperties().get("datasources.default.url"))
                .queryLong(sql);
    }
}
