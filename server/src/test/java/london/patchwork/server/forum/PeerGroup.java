package london.patchwork.server.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.SharedFixtures;
import london.patchwork.server.testing.TestHubs;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A peer's group (a Lemmy community, a NodeBB category) on a stand-in server: its actor document is the peer's
 * own fixture with its URLs pointed at the server and a fresh key, so it signs what it sends as the real one would.
 */
final class PeerGroup {

    private final RemoteServer server;
    private final URI uri;

    private PeerGroup(RemoteServer server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /** Puts up the fixture's group at {@code /users/NAME}, keeping its key the server made. */
    static PeerGroup serve(RemoteServer server, String name, String fixture, Map<String, String> urls) {
        URI id = server.addActor(name);
        ObjectNode generated = server.document("/users/" + name);
        ObjectNode group = (ObjectNode) SharedFixtures.peer(fixture, urls);
        group.put("id", id.toString());
        group.set("publicKey", generated.get("publicKey"));
        group.put("inbox", id + "/inbox");
        group.putObject("endpoints").put("sharedInbox", server.base() + "/inbox");
        server.put("/users/" + name, group);
        return new PeerGroup(server, id);
    }

    URI uri() {
        return uri;
    }

    /** Signs and POSTs an activity to the hub as this group. */
    HttpResponse<String> deliver(String hub, JsonNode activity) {
        HttpResponse<String> response = server.deliver(uri, hub + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response;
    }

    /**
     * The hub's organiser follows the group through the API; the group accepts the Follow it received (Lemmy's
     * Accept, with the Follow embedded) and the hub lists it as accepted.
     *
     * @return the group's id on the hub
     */
    String followFrom(String hub) {
        HttpResponse<String> followed = organiser(hub, "POST", "/api/patchwork/forum/groups",
                "{\"handle\":\"" + uri + "\"}");
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
        String id = HttpProbe.json(followed).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> server.received().stream()
                .anyMatch(post -> post.body().path("type").asText().equals("Follow")
                        && post.body().path("object").asText().equals(uri.toString())));
        JsonNode follow = server.received().stream().map(RemoteServer.Received::body)
                .filter(body -> body.path("type").asText().equals("Follow")
                        && body.path("object").asText().equals(uri.toString()))
                .reduce((first, last) -> last).orElseThrow();
        ObjectNode accept = (ObjectNode) SharedFixtures.peer("lemmy/accept-follow.json", Map.of(
                "http://enterprise.lemmy.ml/c/main", uri.toString(),
                "http://enterprise.lemmy.ml/activities/accept/", uri + "/activities/accept/"));
        accept.set("object", follow);
        accept.putArray("to").add(follow.get("actor").asText());
        deliver(hub, accept);
        await().atMost(Duration.ofSeconds(30)).until(() -> HttpProbe.json(organiser(hub, "GET",
                "/api/patchwork/forum/groups", null)).findValues("id").stream()
                .anyMatch(found -> found.asText().equals(id)) && state(hub, id).equals("accepted"));
        return id;
    }

    static String state(String hub, String id) {
        for (JsonNode group : HttpProbe.json(organiser(hub, "GET", "/api/patchwork/forum/groups", null))) {
            if (group.get("id").asText().equals(id)) {
                return group.get("state").asText();
            }
        }
        return "none";
    }

    static HttpResponse<String> organiser(String hub, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub + path))
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return new HttpProbe(hub).send(request);
    }
}
