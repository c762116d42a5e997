package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowState;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mastodon's view: activities shaped exactly as Mastodon sends them (the documents in
 * ../shared/fixtures/peers/mastodon, with their URLs pointed at a stand-in server on 127.0.0.1), signed the
 * way Mastodon signs, posted to the hub's inbox and applied.
 */
@MicronautTest
class MastodonInboxIT extends HubTest {

    @Inject FollowRepository follows;
    @Inject ActorRepository actors;
    @Inject PostRepository posts;
    @Inject LocalActivityRepository activities;
    @Inject InboxActivityRepository inbox;

    private RemoteServer mastodon;
    private URI bob;

    @BeforeAll
    void startRemote() {
        mastodon = new RemoteServer();
        bob = mastodon.addActor("bob");
    }

    @AfterAll
    void stopRemote() {
        mastodon.close();
    }

    private String hub() {
        return baseUrl() + "/actors/hackney";
    }

    private JsonNode mastodonDocument(String name, Map<String, String> replacements) {
        return SharedFixtures.peer("mastodon/" + name, replacements);
    }

    private InboxActivity deliverAndAwait(JsonNode activity) {
        var response = mastodon.deliver(bob, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(id).orElseThrow();
    }

    private Post publishedPost() {
        JsonNode status = new HubApi(baseUrl()).publish("Welcome to the Hackney hub", "public");
        return posts.findByUri(status.get("uri").asText()).orElseThrow();
    }

    @Test
    void followIsAcceptedWithTheFollowEmbedded() {
        JsonNode follow = mastodonDocument("follow.json", Map.of(
                "https://masto.asonix.dog/users/asonix", bob.toString(),
                "https://ds9.lemmy.ml/c/testcom", hub(),
                "https://masto.asonix.dog/", mastodon.base() + "/follows/"));
        assertThat(deliverAndAwait(follow).state()).isEqualTo("done");

        long bobId = actors.findByUri(bob.toString()).orElseThrow().id();
        var stored = follows.findByActivityUri(follow.get("id").asText()).orElseThrow();
        assertThat(stored.followerId()).isEqualTo(bobId);
        assertThat(stored.state()).isEqualTo(FollowState.accepted);

        JsonNode accept = StreamSupport.stream(activities.findAll().spliterator(), false)
                .filter(activity -> activity.type().equals("Accept"))
                .map(activity -> HttpProbe.json(activity.raw()))
                .filter(json -> json.at("/object/id").asText().equals(follow.get("id").asText()))
                .findFirst().orElseThrow();
        assertThat(accept.get("actor").asText()).isEqualTo(hub());
        assertThat(accept.at("/object/type").asText()).isEqualTo("Follow");
        assertThat(accept.at("/object/actor").asText()).isEqualTo(bob.toString());
        assertThat(accept.at("/object/object").asText()).isEqualTo(hub());
        assertThat(accept.get("to").toString()).contains(bob.toString());

        JsonNode undo = mastodonDocument("undo-follow.json", Map.of(
                "https://masto.asonix.dog/users/asonix#follows/449/undo", bob + "#follows/1/undo",
                "https://masto.asonix.dog/users/asonix", bob.toString(),
                "https://ds9.lemmy.ml/c/testcom", hub(),
                "https://masto.asonix.dog/", mastodon.base() + "/follows/"));
        assertThat(deliverAndAwait(undo).state()).isEqualTo("done");
        assertThat(follows.findByActivityUri(follow.get("id").asText())).isEmpty();
    }

    @Test
    void replyToAHubPostIsStoredAndShownOnItsPage() {
        Post ours = publishedPost();
        String noteId = bob + "/statuses/1001";
        JsonNode create = mastodonDocument("create-note.json", Map.of(
                "https://mastodon.madrid/users/felix/statuses/107224289116410645", noteId,
                "https://mastodon.madrid/users/felix", bob.toString(),
                "https://mamot.fr/users/retiolus/statuses/107224244380204526", ours.uri(),
                "https://mamot.fr/users/retiolus", hub(),
                "https://mastodon.madrid/@felix/107224289116410645", mastodon.base() + "/@bob/1001"));
        assertThat(deliverAndAwait(create).state()).isEqualTo("done");

        Post reply = posts.findByUri(noteId).orElseThrow();
        assertThat(reply.inReplyToId()).isEqualTo(ours.id());
        assertThat(reply.contentHtml()).contains("thinkpad");
        assertThat(reply.language()).isEqualTo("en");
        String page = http().get("/objects/" + ours.id(), "text/html").body();
        assertThat(page).contains("thinkpad").contains("@bob@" + URI.create(mastodon.base()).getAuthority());
    }

    @Test
    void postsNobodyHereAskedForAreIgnored() {
        String noteId = bob + "/statuses/2002";
        JsonNode create = mastodonDocument("create-note.json", Map.of(
                "https://mastodon.madrid/users/felix/statuses/107224289116410645", noteId,
                "https://mastodon.madrid/users/felix", bob.toString(),
                "https://mamot.fr/users/retiolus/statuses/107224244380204526", mastodon.base() + "/statuses/9",
                "https://mamot.fr/users/retiolus", mastodon.base() + "/users/carol"));
        InboxActivity row = deliverAndAwait(create);
        assertThat(row.state()).isEqualTo("ignored");
        assertThat(posts.findByUri(noteId)).isEmpty();
    }

    @Test
    void likeIsCountedOnceAndUndone() {
        Post ours = publishedPost();
        JsonNode like = mastodonDocument("like.json", Map.of(
                "http://mastodon.example.org/users/admin#likes/2", bob + "#likes/" + ours.id(),
                "http://mastodon.example.org/users/admin", bob.toString(),
                "http://localtesting.pleroma.lol/objects/eb92579d-3417-42a8-8652-2492c2d4f454", ours.uri()));
        assertThat(deliverAndAwait(like).state()).isEqualTo("done");
        // A redelivery of the same activity is accepted and not applied twice.
        assertThat(mastodon.deliver(bob, baseUrl() + "/inbox", like).statusCode()).isEqualTo(202);
        assertThat(posts.findById(ours.id()).orElseThrow().likeCount()).isEqualTo(1);

        ObjectNode undo = (ObjectNode) HttpProbe.json("{}");
        undo.put("@context", "https://www.w3.org/ns/activitystreams").put("id", bob + "#likes/" + ours.id() + "/undo")
                .put("type", "Undo").put("actor", bob.toString()).set("object", like.deepCopy());
        ((ObjectNode) undo.get("object")).remove("@context");
        ((ObjectNode) undo.get("object")).remove("signature");
        assertThat(deliverAndAwait(undo).state()).isEqualTo("done");
        assertThat(posts.findById(ours.id()).orElseThrow().likeCount()).isZero();
    }

    @Test
    void authorsEditAndDeleteTheirReplies() {
        Post ours = publishedPost();
        String noteId = bob + "/statuses/3003";
        Map<String, String> urls = Map.of(
                "https://mastodon.madrid/users/felix/statuses/107224289116410645", noteId,
                "https://mastodon.madrid/users/felix", bob.toString(),
                "https://mamot.fr/users/retiolus/statuses/107224244380204526", ours.uri(),
                "https://mamot.fr/users/retiolus", hub());
        deliverAndAwait(mastodonDocument("create-note.json", urls));

        ObjectNode update = (ObjectNode) mastodonDocument("create-note.json", urls);
        update.put("id", noteId + "#updates/1").put("type", "Update");
        ((ObjectNode) update.get("object")).put("content", "<p>edited: <script>alert(1)</script>thanks</p>")
                .put("updated", "2021-11-05T12:00:00Z");
        ((ObjectNode) update.get("object")).remove("contentMap");
        assertThat(deliverAndAwait(update).state()).isEqualTo("done");
        Post edited = posts.findByUri(noteId).orElseThrow();
        assertThat(edited.contentHtml()).contains("edited").contains("thanks").doesNotContain("script");

        JsonNode delete = mastodonDocument("delete-note-tombstone.json", Map.of());
        ObjectNode ours2 = (ObjectNode) delete.deepCopy();
        ours2.put("id", noteId + "#delete").put("actor", bob.toString());
        ((ObjectNode) ours2.get("object")).put("id", noteId);
        ours2.remove("signature");
        assertThat(deliverAndAwait(ours2).state()).isEqualTo("done");
        assertThat(posts.findByUri(noteId).orElseThrow().deleted()).isTrue();
        assertThat(http().get("/objects/" + ours.id(), "text/html").body()).doesNotContain("edited");
    }

    @Test
    void aCreateNamingItsNoteByIdIsFetchedFromTheAuthorsServer() {
        String noteId = bob + "/statuses/4004";
        ObjectNode note = (ObjectNode) HttpProbe.json("{}");
        note.put("@context", "https://www.w3.org/ns/activitystreams").put("id", noteId).put("type", "Note")
                .put("attributedTo", bob.toString()).put("content", "<p>Fetched by id</p>")
                .put("published", "2026-11-26T10:00:00Z");
        note.putArray("to").add(hub());
        mastodon.put("/users/bob/statuses/4004", note);
        ObjectNode create = (ObjectNode) HttpProbe.json("{}");
        create.put("@context", "https://www.w3.org/ns/activitystreams").put("id", noteId + "/activity")
                .put("type", "Create").put("actor", bob.toString()).put("object", noteId);
        assertThat(deliverAndAwait(create).state()).isEqualTo("done");
        assertThat(posts.findByUri(noteId).orElseThrow().contentHtml()).isEqualTo("<p>Fetched by id</p>");
    }

    @Test
    void unknownActivityTypesAreStoredAndIgnored() {
        JsonNode block = mastodonDocument("block.json", Map.of());
        ObjectNode ours = (ObjectNode) block.deepCopy();
        ours.put("id", bob + "#blocks/1").put("actor", bob.toString()).put("object", hub());
        InboxActivity row = deliverAndAwait(ours);
        assertThat(row.state()).isEqualTo("ignored");
        assertThat(row.outcome()).contains("no handler");
    }
}
