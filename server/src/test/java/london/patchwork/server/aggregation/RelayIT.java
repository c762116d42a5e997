package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three real instances: London offers a relay; Hackney and Lambeth join it through their relays API and do not
 * follow each other. A Hackney member's public post reaches Lambeth through the relay, fetched from Hackney;
 * unlisted and followers-only posts do not; after Lambeth leaves, nothing more does, and a relay that
 * misrepresents what it announces cannot change the content Lambeth keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningHub london;
    private RunningHub hackney;
    private RunningHub lambeth;
    private RemoteServer elsewhere;

    @BeforeAll
    void start() {
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.relay", "true"));
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        elsewhere = new RemoteServer();
    }

    @AfterAll
    void stop() {
        elsewhere.close();
        lambeth.close();
        hackney.close();
        london.close();
    }

    @Test
    void publicPostsTravelThroughTheRelayAndOnlyWhileJoined() throws Exception {
        String relayActor = london.baseUrl() + "/actors/relay";
        JsonNode actorDocument = HttpProbe.json(london.http().get("/actors/relay", "application/activity+json"));
        assertThat(actorDocument.path("type").asText()).isEqualTo("Application");
        assertThat(actorDocument.path("preferredUsername").asText()).isEqualTo("relay");
        assertThat(actorDocument.path("inbox").asText()).isEqualTo(london.baseUrl() + "/relay/inbox");
        JsonNode finger = HttpProbe.json(london.http().get("/.well-known/webfinger?resource=acct:relay@"
                + london.baseUrl().substring("http://".length()), "application/jrd+json"));
        assertThat(finger.toString()).contains(relayActor);

        // Lambeth joins by the relay's actor, Hackney by its inbox (as Mastodon's admin form asks).
        HttpResponse<String> lambethJoin = organiser(lambeth, "POST", "{\"actor\":\"" + relayActor + "\"}");
        assertThat(lambethJoin.statusCode()).as(lambethJoin.body()).isEqualTo(201);
        HttpResponse<String> hackneyJoin = organiser(hackney, "POST", "{\"inbox\":\"" + london.baseUrl()
                + "/relay/inbox\"}");
        assertThat(hackneyJoin.statusCode()).as(hackneyJoin.body()).isEqualTo(201);
        String lambethRelayId = HttpProbe.json(lambethJoin).path("id").asText();
        await().atMost(PATIENCE).until(() -> state(lambeth).equals("joined") && state(hackney).equals("joined"));
        // A third subscriber, on another server, sees every re-announcement: the positive control below.
        URI watcher = elsewhere.addActor("watcher");
        ObjectNode follow = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", elsewhere.base() + "/follows/1").put("type", "Follow").put("actor", watcher.toString())
                .put("object", relayActor);
        assertThat(elsewhere.deliver(watcher, london.baseUrl() + "/relay/inbox", follow).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> elsewhere.received().stream()
                .anyMatch(received -> received.body().path("type").asText().equals("Accept")));

        // The relay's inbox checks signatures as the main inbox does.
        HttpResponse<String> unsigned = london.http().send(HttpRequest.newBuilder(london.http().uri("/relay/inbox"))
                .header("Content-Type", "application/activity+json")
                .POST(HttpRequest.BodyPublishers.ofString(follow.toString())));
        assertThat(unsigned.statusCode()).isEqualTo(401);

        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        String unlisted = post(ada, "Unlisted note from Hackney", "unlisted");
        String followersOnly = post(ada, "Followers-only note from Hackney", "private");
        String shared = post(ada, "Public note from Hackney, relayed", "public");

        await().atMost(PATIENCE).until(() -> onLambeth(shared).isPresent());
        Post original = hackney.bean(PostRepository.class).findByUri(shared).orElseThrow();
        assertThat(onLambeth(shared).orElseThrow().contentHtml()).isEqualTo(original.contentHtml());
        assertThat(lambeth.rows().queryLong("select count(*) from objects where uri = ?", shared)).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> announcedToWatcher(shared));
        assertThat(onLambeth(unlisted)).isEmpty();
        assertThat(onLambeth(followersOnly)).isEmpty();
        assertThat(announcedToWatcher(unlisted) || announcedToWatcher(followersOnly)).isFalse();

        // Joining again changes nothing.
        HttpResponse<String> again = organiser(lambeth, "POST", "{\"actor\":\"" + relayActor + "\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(again).path("id").asText()).isEqualTo(lambethRelayId);

        // Lambeth leaves: the relay drops it, and the next public post reaches the watcher but not Lambeth.
        assertThat(organiser(lambeth, "DELETE", "/" + lambethRelayId, null).statusCode()).isEqualTo(204);
        long relayId = london.rows().localActorId("relay");
        await().atMost(PATIENCE).until(() -> london.rows().queryLong("select count(*) from follows f join actors a "
                + "on a.id = f.follower_id where f.followed_id = ? and a.uri = ?", relayId, lambeth.actorUrl()) == 0);
        String afterLeaving = post(ada, "Public note after Lambeth left", "public");
        await().atMost(PATIENCE).until(() -> announcedToWatcher(afterLeaving));
        assertThat(onLambeth(afterLeaving)).isEmpty();

        // A relay Lambeth joins announces that post with content of its own making: Lambeth keeps Hackney's.
        URI liar = elsewhere.addActor("liar");
        HttpResponse<String> liarJoin = organiser(lambeth, "POST", "{\"actor\":\"" + liar + "\"}");
        assertThat(liarJoin.statusCode()).as(liarJoin.body()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> followSentTo(liar).isPresent());
        ObjectNode accept = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", elsewhere.base() + "/accepts/1").put("type", "Accept").put("actor", liar.toString());
        accept.set("object", followSentTo(liar).orElseThrow());
        assertThat(elsewhere.deliver(liar, lambeth.baseUrl() + "/inbox", accept).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> HttpProbe.json(organiser(lambeth, "GET", "", null)).findValues("state")
                .stream().anyMatch(state -> state.asText().equals("joined")));
        ObjectNode announce = JSON.createObjectNode().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", elsewhere.base() + "/announces/1").put("type", "Announce").put("actor", liar.toString())
                .put("to", "https://www.w3.org/ns/activitystreams#Public");
        announce.putObject("object").put("id", afterLeaving).put("type", "Note")
                .put("attributedTo", hackney.baseUrl() + "/actors/ada").put("content", "<p>Forged by the relay</p>")
                .put("to", "https://www.w3.org/ns/activitystreams#Public");
        assertThat(elsewhere.deliver(liar, lambeth.baseUrl() + "/inbox", announce).statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> onLambeth(afterLeaving).isPresent());
        Post real = hackney.bean(PostRepository.class).findByUri(afterLeaving).orElseThrow();
        assertThat(onLambeth(afterLeaving).orElseThrow().contentHtml()).isEqualTo(real.contentHtml())
                .doesNotContain("Forged");
    }

    @Test
    void theRelaysApiIsForOrganisersAndExplainsWhatItRefuses() {
        HttpResponse<String> anonymous = hackney.http().send(HttpRequest.newBuilder(hackney.http()
                .uri("/api/patchwork/relays")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"actor\":\"" + elsewhere.base() + "/users/x\"}")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        TestMembers.SignedIn grace = TestMembers.GRACE.join(hackney.baseUrl());
        assertThat(grace.json("GET", "/api/patchwork/relays", null).statusCode()).isEqualTo(403);
        assertThat(grace.json("POST", "/api/patchwork/relays", "{\"actor\":\"" + elsewhere.base() + "/users/x\"}")
                .statusCode()).isEqualTo(403);

        assertThat(hackney.http().get("/organise/relays", "text/html").statusCode()).isEqualTo(303);
        assertThat(grace.get("/organise/relays", "text/html").statusCode()).isEqualTo(403);

        assertRefused(organiser(hackney, "POST", "{}"), 400, "inbox or its actor");
        assertRefused(organiser(hackney, "POST", "{\"inbox\":\"a\",\"actor\":\"b\"}"), 400, "one of them");
        assertRefused(organiser(hackney, "POST", "{\"actor\":\"ftp://relay.example/actor\"}"), 400, "http(s)");
        assertRefused(organiser(hackney, "POST", "{\"actor\":\"" + hackney.baseUrl() + "/actors/hackney\"}"), 422,
                "own address");
        assertRefused(organiser(hackney, "POST", "{\"actor\":\"" + elsewhere.base() + "/users/nobody\"}"), 422,
                "could not be read");
        assertRefused(organiser(hackney, "POST", "{\"inbox\":\"" + elsewhere.base() + "/no-relay/inbox\"}"), 422,
                "no relay actor");
        assertThat(organiser(hackney, "DELETE", "/987654", null).statusCode()).isEqualTo(404);
        // Hackney offers no relay: its relay inbox is not there.
        assertThat(hackney.http().send(HttpRequest.newBuilder(hackney.http().uri("/relay/inbox"))
                .header("Content-Type", "application/activity+json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(404);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(reason);
    }

    private static HttpResponse<String> organiser(RunningHub hub, String method, String body) {
        return organiser(hub, method, "", body);
    }

    private static HttpResponse<String> organiser(RunningHub hub, String method, String path, String body) {
        return hub.http().send(HttpRequest.newBuilder(hub.http().uri("/api/patchwork/relays" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }

    private static String state(RunningHub hub) {
        return HttpProbe.json(organiser(hub, "GET", "", null)).path(0).path("state").asText();
    }

    private static String post(TestMembers.SignedIn member, String text, String visibility) {
        return member.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"" + text + "\",\"visibility\":\""
                + visibility + "\"}").get("uri").asText();
    }

    private Optional<Post> onLambeth(String uri) {
        return lambeth.bean(PostRepository.class).findByUri(uri);
    }

    private boolean announcedToWatcher(String uri) {
        return elsewhere.received().stream().map(RemoteServer.Received::body)
                .anyMatch(body -> body.path("type").asText().equals("Announce")
                        && body.path("object").asText().equals(uri));
    }

    private Optional<JsonNode> followSentTo(URI relay) {
        return elsewhere.received().stream().map(RemoteServer.Received::body)
                .filter(body -> body.path("type").asText().equals("Follow")
                        && body.path("to").toString().contains(relay.toString()))
                .findFirst();
    }
}
