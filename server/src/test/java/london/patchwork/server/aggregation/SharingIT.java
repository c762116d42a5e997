package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pan-London Hub shares: with shares on, a public post and an event kept from a joined hub are announced by
 * London's Group by URI, once, also after the post is edited; what the backfill brought is not announced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningHub hackney;
    private RunningHub london;
    private TestMembers.SignedIn ada;
    private String old;
    private String hubId;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.shares", "true"));
        ada = TestMembers.ADA.join(hackney.baseUrl());
        old = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Before London joined\"}").get("uri").asText();
        HubsApi hubs = new HubsApi(london);
        hubId = hubs.added("{\"handle\": \"" + HubsApi.handle(hackney, "hackney") + "\"}").get("id").asText();
        await().atMost(PATIENCE).until(() -> hubs.backfillState(hubId).equals("done"));
        await().atMost(PATIENCE).until(() -> hubs.count("select count(*) from follows f join actors a "
                + "on a.id = f.followed_id where a.uri = ? and f.state = 'accepted'", hackney.actorUrl()) == 1);
    }

    @AfterAll
    void stop() {
        london.close();
        hackney.close();
    }

    /** How many times London's Group announced the object, as its outbox lists it. */
    private long announcements(String uri) {
        return london.rows().queryLong("select count(*) from activities a join actors g on g.id = a.actor_id "
                + "where g.local and g.username = 'london' and a.type = 'Announce' and a.raw ->> 'object' = ?", uri);
    }

    /** London's Group's Announce of the object, as its outbox lists it. */
    private JsonNode inOutbox(String uri) {
        for (JsonNode item : HttpProbe.json(london.http().get("/actors/london/outbox?page=true", HubsApi.AP))
                .path("orderedItems")) {
            if (item.path("type").asText().equals("Announce") && item.path("object").asText().equals(uri)) {
                return item;
            }
        }
        throw new AssertionError("no Announce of " + uri + " in London's outbox");
    }

    @Test
    void aPostKeptFromAJoinedHubIsAnnouncedByUriOnce() {
        JsonNode status = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Bike repairs on Saturday\"}");
        String uri = status.get("uri").asText();
        await().atMost(PATIENCE).until(() -> announcements(uri) == 1);
        JsonNode announce = inOutbox(uri);
        assertThat(announce.get("to").toString()).contains("https://www.w3.org/ns/activitystreams#Public");
        assertThat(announce.get("cc").toString()).contains(london.actorUrl() + "/followers");
        // Never re-created: London holds the post once, as Hackney's.
        assertThat(london.rows().queryLong("select count(*) from objects where uri = ? and not local", uri))
                .isEqualTo(1);

        assertThat(ada.json("PUT", "/api/v1/statuses/" + status.get("id").asText(),
                "{\"status\":\"Bike repairs on Sunday\"}").statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> london.rows().queryLong("select count(*) from objects where uri = ? "
                + "and content_html like '%Sunday%'", uri) == 1);
        assertThat(announcements(uri)).isEqualTo(1);
        assertThat(london.rows().queryLong("select count(*) from hubs where id = ? and last_activity_at is not null",
                Long.parseLong(hubId))).isEqualTo(1);
    }

    @Test
    void anEventKeptFromAJoinedHubIsAnnouncedAndTheBackfillIsNot() {
        String event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Street party\", "
                + "\"start\": \"2031-06-05T10:00\", \"end\": \"2031-06-05T12:00\"}").get("uri").asText();
        await().atMost(PATIENCE).until(() -> announcements(event) == 1);
        assertThat(london.rows().queryLong("select count(*) from objects where uri = ?", old)).isEqualTo(1);
        assertThat(announcements(old)).isZero();
    }
}
