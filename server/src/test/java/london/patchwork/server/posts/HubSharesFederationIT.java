package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local hub's side of joining up, over HTTP between real instances: London's Group follows Hackney's. A Hackney
 * member's public post reaches London once (addressed to Hackney's Group followers, and boosted by the Group), with
 * its edit and delete; the Group's boost is in its outbox; an unlisted post is not shared. Events created before
 * the follow arrive when a followed Group announces them, taken from their origin whatever the announcer embedded.
 * The Group actor and NodeInfo carry the hub's area.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubSharesFederationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String AP = "application/activity+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningHub hackney;
    private RunningHub london;
    private RemoteServer peer;
    private TestMembers.SignedIn ada;
    private String earlyEvent;
    private String forgedEvent;
    private String strangersEvent;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY, Map.of("patchwork.hub.area", "Hackney"));
        london = RunningHub.start(TestHubs.LONDON);
        peer = new RemoteServer();
        ada = TestMembers.ADA.join(hackney.baseUrl());
        // Before London follows Hackney: these never reach London on their own.
        earlyEvent = event("Repair cafe");
        forgedEvent = event("Seed swap");
        strangersEvent = event("Litter pick");
        london.followHub(hackney, PATIENCE);
    }

    @AfterAll
    void stop() {
        peer.close();
        london.close();
        hackney.close();
    }

    private String event(String title) {
        return ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"" + title + "\", "
                + "\"start\": \"2031-04-05T10:00\", \"end\": \"2031-04-05T12:00\"}").get("uri").asText();
    }

    private long onLondon(String sql, Object... values) {
        return london.rows().queryLong(sql, values);
    }

    private JsonNode hackneyOutbox() {
        return HttpProbe.json(hackney.http().get("/actors/hackney/outbox?page=true", AP));
    }

    private boolean groupAnnounced(String uri) {
        for (JsonNode item : hackneyOutbox().path("orderedItems")) {
            if (item.path("type").asText().equals("Announce") && item.path("object").asText().equals(uri)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMembersPublicPostReachesTheFollowingHubOnceWithItsEditAndDelete() {
        JsonNode status = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Bike repairs on Saturday\"}");
        String uri = status.get("uri").asText();
        JsonNode note = HttpProbe.json(hackney.http().get(URI.create(uri).getPath(), AP));
        assertThat(note.get("cc").toString()).contains(hackney.actorUrl() + "/followers");

        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from objects where uri = ?", uri) == 1);
        assertThat(groupAnnounced(uri)).isTrue();
        // The Group's boost arrives too: recorded as a boost of the same post, which is still kept once.
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from reactions r join objects o "
                + "on o.id = r.object_id where o.uri = ? and r.type = 'Announce'", uri) == 1);
        assertThat(onLondon("select count(*) from objects where uri = ?", uri)).isEqualTo(1);

        String id = status.get("id").asText();
        assertThat(ada.json("PUT", "/api/v1/statuses/" + id, "{\"status\":\"Bike repairs on Sunday\"}")
                .statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from objects where uri = ? "
                + "and content_html like '%Sunday%'", uri) == 1);

        assertThat(ada.json("DELETE", "/api/v1/statuses/" + id, null).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from objects where uri = ? "
                + "and deleted_at is not null", uri) == 1);
    }

    @Test
    void anUnlistedPostIsNotShared() {
        String unlisted = ada.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"Only for those who look\",\"visibility\":\"unlisted\"}").get("uri").asText();
        String control = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"For everyone\"}").get("uri").asText();
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from objects where uri = ?", control) == 1
                && groupAnnounced(control));
        assertThat(groupAnnounced(unlisted)).isFalse();
        assertThat(onLondon("select count(*) from objects where uri = ?", unlisted)).isZero();
    }

    @Test
    void aMembersNewEventIsAnnouncedByTheGroup() {
        String uri = event("Winter fair");
        await().atMost(PATIENCE).until(() -> groupAnnounced(uri));
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from calendar_events where uri = ?", uri) == 1);
    }

    @Test
    void anAnnouncedEventIsTakenFromItsOriginNotFromTheAnnouncer() {
        URI group = followedPeerGroup();
        // The peer embeds its own version of Hackney's event; London asks Hackney.
        ObjectNode forged = JSON.createObjectNode().put("id", forgedEvent).put("type", "Event")
                .put("name", "Free money").put("attributedTo", group.toString())
                .put("startTime", "2031-04-05T10:00:00Z");
        announce(group, forged);
        announce(group, JSON.getNodeFactory().textNode(earlyEvent));
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from calendar_events where uri = ?",
                earlyEvent) == 1);
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from calendar_events where uri = ?",
                forgedEvent) == 1);
        assertThat(onLondon("select count(*) from calendar_events where uri = ? and title = 'Seed swap'",
                forgedEvent)).isEqualTo(1);

        // A stranger's boost is not worth a fetch, nor kept.
        URI stranger = peer.addActor("stranger");
        String activity = announce(stranger, JSON.getNodeFactory().textNode(strangersEvent));
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from inbox_activities where activity_uri = ? "
                + "and state <> 'pending'", activity) == 1);
        assertThat(onLondon("select count(*) from calendar_events where uri = ?", strangersEvent)).isZero();
    }

    @Test
    void theGroupActorAndNodeInfoSayTheArea() {
        assertThat(HttpProbe.json(hackney.http().get("/actors/hackney", AP)).get("area").asText())
                .isEqualTo("Hackney");
        assertThat(HttpProbe.json(hackney.http().get("/nodeinfo/2.1", "application/json"))
                .at("/metadata/area").asText()).isEqualTo("Hackney");
        assertThat(hackney.http().get("/", "text/html").body()).contains("id=\"hub-area\">Hackney<");
        assertThat(HttpProbe.json(london.http().get("/nodeinfo/2.1", "application/json")).at("/metadata")
                .has("area")).isFalse();
    }

    /** A Group on a stand-in server that London's Group follows (it accepts the Follow). */
    private URI followedPeerGroup() {
        URI group = peer.addActor("camden");
        london.api().send("POST", "/api/v1/accounts/" + HttpProbe.json(london.api().send("GET",
                "/api/v1/accounts/lookup?acct=" + URLEncoder.encode(group.toString(), StandardCharsets.UTF_8),
                Map.of())).get("id").asText() + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> peer.received().stream()
                .anyMatch(post -> post.body().path("type").asText().equals("Follow")));
        JsonNode follow = peer.received().stream().map(RemoteServer.Received::body)
                .filter(body -> body.path("type").asText().equals("Follow")).findFirst().orElseThrow();
        ObjectNode accept = JSON.createObjectNode();
        accept.put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", group + "/accepts/" + UUID.randomUUID()).put("type", "Accept")
                .put("actor", group.toString()).set("object", follow);
        assertThat(peer.deliver(group, london.baseUrl() + "/inbox", accept).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> onLondon("select count(*) from follows f join actors a "
                + "on a.id = f.followed_id where a.uri = ? and f.state = 'accepted'", group.toString()) == 1);
        return group;
    }

    private String announce(URI actor, JsonNode object) {
        ObjectNode activity = JSON.createObjectNode();
        String id = actor + "/announces/" + UUID.randomUUID();
        activity.put("@context", "https://www.w3.org/ns/activitystreams").put("id", id).put("type", "Announce")
                .put("actor", actor.toString()).set("object", object);
        activity.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        assertThat(peer.deliver(actor, london.baseUrl() + "/inbox", activity).statusCode()).isEqualTo(202);
        return id;
    }
}
