package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replies shaped as peers that checks from outside found trouble with send them: a WordPress author, whose actor
 * has an icon URL with {@code &#038;} in it, and snac2, which sends {@code "summary": ""} on every note.
 */
@MicronautTest
class PeerShapesIT extends HubTest {

    @Inject PostRepository posts;
    @Inject ActorRepository actors;
    @Inject InboxActivityRepository inbox;

    private RemoteServer peer;

    @BeforeAll
    void startPeer() {
        peer = new RemoteServer();
    }

    @AfterAll
    void stopPeer() {
        peer.close();
    }

    @Test
    void aWordPressAuthorWhoseIconUrlWordPressEscapedCanReply() {
        URI author = peer.addActor("wp-author");
        ObjectNode actor = peer.document("/users/wp-author");
        actor.putObject("icon").put("type", "Image")
                .put("url", "https://secure.gravatar.com/avatar/0a1b2c?s=96&#038;d=mm&#038;r=g");
        actor.put("summary", "Writes about tenants' rights.");
        peer.put("/users/wp-author", actor);

        Post hubPost = publishedPost("A meeting on Thursday");
        ObjectNode reply = Activities.note(URI.create(author + "/posts/7"), author, "<p>I'll be there.</p>",
                URI.create(baseUrl() + "/actors/hackney"));
        reply.put("inReplyTo", hubPost.uri());
        InboxActivity row = deliverAndAwait(author, Activities.create(author, reply));

        assertThat(row.state()).as(row.outcome()).isEqualTo("done");
        assertThat(actors.findByUri(author.toString())).hasValueSatisfying(stored -> {
            assertThat(stored.inboxUri()).isEqualTo(author + "/inbox");
            assertThat(stored.summary()).contains("tenants' rights");
        });
        HttpResponse<String> page = http().get(URI.create(hubPost.uri()).getPath(), "text/html");
        assertThat(page.body()).contains("be there.");
    }

    @Test
    void aSnacReplyWithABlankSummaryHasNoContentWarning() {
        URI author = peer.addActor("snac-user");
        Post hubPost = publishedPost("Who is coming to the garden day?");
        ObjectNode reply = Activities.note(URI.create(author + "/p/1700000000.123"), author, "<p>Count me in!</p>",
                URI.create(baseUrl() + "/actors/hackney"));
        reply.put("inReplyTo", hubPost.uri()).put("summary", "").put("sensitive", false);
        InboxActivity row = deliverAndAwait(author, Activities.create(author, reply));

        assertThat(row.state()).as(row.outcome()).isEqualTo("done");
        Post stored = posts.findByUri(author + "/p/1700000000.123").orElseThrow();
        assertThat(stored.summary()).as("a blank summary is no content warning").isNull();
        HttpResponse<String> page = http().get(URI.create(hubPost.uri()).getPath(), "text/html");
        assertThat(page.body()).contains("Count me in!").doesNotContain("<details");
    }

    @Test
    void keysServedApartFromTheirActorAreFollowedToTheActorThatListsThem() {
        // GoToSocial serves a stub of the actor at its key URL; others serve a security v1 Key naming its owner.
        URI gts = peer.addActor("gts-user");
        ObjectNode gtsActor = peer.document("/users/gts-user");
        String gtsKey = gts + "/main-key";
        ((ObjectNode) gtsActor.get("publicKey")).put("id", gtsKey);
        peer.put("/users/gts-user", gtsActor);
        ObjectNode stub = Activities.object();
        stub.putArray("@context").add("https://w3id.org/security/v1").add(Activities.AS_CONTEXT);
        stub.put("id", gts.toString()).put("type", "Person").put("preferredUsername", "gts-user")
                .set("publicKey", gtsActor.get("publicKey"));
        peer.put("/users/gts-user/main-key", stub);

        URI other = peer.addActor("key-owner");
        ObjectNode otherActor = peer.document("/users/key-owner");
        String otherKey = peer.base() + "/keys/key-owner";
        ((ObjectNode) otherActor.get("publicKey")).put("id", otherKey);
        peer.put("/users/key-owner", otherActor);
        peer.put("/keys/key-owner", Activities.object().put("@context", "https://w3id.org/security/v1")
                .put("id", otherKey).put("type", "Key").put("owner", other.toString())
                .put("publicKeyPem", otherActor.at("/publicKey/publicKeyPem").asText()));

        for (URI actor : new URI[]{gts, other}) {
            String keyId = actor.equals(gts) ? gtsKey : otherKey;
            ObjectNode follow = Activities.activity("Follow", URI.create(actor + "#follows/1"), actor,
                    TextNode.valueOf(baseUrl() + "/actors/hackney"));
            HttpResponse<String> response = RemoteServer.deliver(CavageSigner.rsaSha256(keyId,
                    peer.keyOf(actor).getPrivate()), baseUrl() + "/inbox", Activities.bytes(follow), Instant.now());
            assertThat(response.statusCode()).as(actor + ": " + response.body()).isEqualTo(202);
            assertThat(actors.findByUri(actor.toString())).hasValueSatisfying(stored ->
                    assertThat(stored.keyId()).isEqualTo(keyId));
        }
    }

    private Post publishedPost(String text) {
        String uri = new HubApi(baseUrl()).publish(text, "public").get("uri").asText();
        return posts.findByUri(uri).orElseThrow();
    }

    private InboxActivity deliverAndAwait(URI actor, ObjectNode activity) {
        HttpResponse<String> response = peer.deliver(actor, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(id).orElseThrow();
    }
}
