package london.patchwork.server.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.inbox.InboxActivity;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Places from a peer that means harm: another host's Place, an edit or deletion by someone other than the sender,
 * script and oversized or malformed optional fields. What is kept is only what its sender may say, cleaned.
 */
@MicronautTest(transactional = false)
class HostilePlacesIT extends HubTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject AssetRepository assets;
    @Inject InboxActivityRepository inbox;
    @Inject Uris uris;
    @Inject LocalActors localActors;

    private RemoteServer peer;
    private RemoteServer elsewhere;
    private URI group;
    private URI mallory;

    @BeforeAll
    void startPeers() {
        peer = new RemoteServer();
        elsewhere = new RemoteServer("localhost");
        group = peer.addActor("islington");
        mallory = peer.addActor("mallory");
    }

    @AfterAll
    void stopPeers() {
        peer.close();
        elsewhere.close();
    }

    /** A Place addressed to this hub's Group, so it belongs here without a follow. */
    private ObjectNode place(String id, URI author, String name) {
        ObjectNode place = JSON.createObjectNode().put("id", id).put("type", "Place").put("name", name)
                .put("attributedTo", author.toString()).put("content", "<p>Community larder</p>")
                .put("latitude", 51.54).put("longitude", -0.1).put("assetKind", "service")
                .put("categorySlug", "local-economy");
        place.putArray("to").add("https://www.w3.org/ns/activitystreams#Public")
                .add(uris.actor(localActors.hub().username()).toString());
        return place;
    }

    private InboxActivity delivered(URI actor, String type, JsonNode object) {
        ObjectNode activity = JSON.createObjectNode();
        activity.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://patchwork.london/ns");
        String id = actor + "/activities/" + UUID.randomUUID();
        activity.put("id", id).put("type", type).put("actor", actor.toString()).set("object", object);
        assertThat(peer.deliver(actor, baseUrl() + "/inbox", activity).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(id).orElseThrow();
    }

    @Test
    void theHubServesThePatchworkContextItBundles() {
        var served = http().get("/ns/patchwork.jsonld", "application/ld+json");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("\"pw\": \"https://patchwork.london/ns#\"").contains("\"assetKind\"");
    }

    @Test
    void aPlaceWhoseIdIsOnAnotherHostIsNotKept() {
        String id = elsewhere.base() + "/assets/1";
        delivered(group, "Create", place(id, group, "Borrowed name"));
        assertThat(assets.findByUri(id)).isEmpty();
    }

    @Test
    void scriptIsCleanedAndMalformedOrOversizedOptionalFieldsAreDroppedNotRefused() {
        String id = peer.base() + "/assets/hostile";
        ObjectNode place = place(id, group, "x".repeat(5_000));
        place.put("content", "<p>Soup <script>alert(1)</script><b>daily</b></p>")
                .put("latitude", 200).put("website", "javascript:alert(1)").put("email", "not an email")
                .put("assetKind", "volcano").put("categorySlug", "no-such-category")
                .put("fees", "f".repeat(50_000)).put("telephone", 12345);
        place.putArray("availableLanguage").add("en").add("l".repeat(500));
        assertThat(delivered(group, "Create", place).state()).isEqualTo("done");

        Asset kept = assets.findByUri(id).orElseThrow();
        assertThat(kept.name()).hasSize(AssetInput.MAX_NAME);
        assertThat(kept.description()).isEqualTo("Soup daily").doesNotContain("script");
        assertThat(kept.latitude()).isNull();
        assertThat(kept.longitude()).isNull();
        assertThat(kept.website()).isNull();
        assertThat(kept.email()).isNull();
        assertThat(kept.kind()).isEqualTo("place");
        assertThat(kept.category()).isEqualTo("physical-spaces");
        assertThat(kept.fees()).hasSize(AssetInput.MAX_TEXT);
        assertThat(kept.languages()).containsExactly("en");
        assertThat(kept.listed()).isTrue();
        assertThat(http().get("/assets/" + kept.id(), "text/html").body()).contains("id=\"asset-origin\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void onlyTheSenderMayEditOrDeleteWhatItSent() {
        String id = peer.base() + "/assets/larder";
        assertThat(delivered(group, "Create", place(id, group, "Larder")).state()).isEqualTo("done");
        assertThat(assets.findByUri(id).orElseThrow().name()).isEqualTo("Larder");

        delivered(mallory, "Update", place(id, mallory, "Mallory's larder"));
        delivered(mallory, "Update", place(id, group, "Mallory's larder"));
        assertThat(assets.findByUri(id).orElseThrow().name()).isEqualTo("Larder");
        delivered(mallory, "Delete", JSON.createObjectNode().put("id", id).put("type", "Tombstone"));
        assertThat(assets.findByUri(id).orElseThrow().deleted()).isFalse();

        delivered(group, "Update", place(id, group, "The larder"));
        assertThat(assets.findByUri(id).orElseThrow().name()).isEqualTo("The larder");
        delivered(group, "Delete", JSON.createObjectNode().put("id", id).put("type", "Tombstone"));
        assertThat(assets.findByUri(id).orElseThrow().deleted()).isTrue();
    }
}
