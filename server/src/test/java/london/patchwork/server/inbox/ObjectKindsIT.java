package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.follows.FollowState;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Activities that name their object only by id are routed by what that id is here: an activity the hub sent, an
 * activity it received, a post it holds, or, for a {@code Create}, the object its origin serves.
 */
@MicronautTest
class ObjectKindsIT extends HubTest {

    @Inject InboxActivityRepository inbox;
    @Inject FollowRepository follows;
    @Inject LocalActivityRepository activities;
    @Inject PostRepository posts;

    private RemoteServer peer;
    private URI bob;

    @BeforeAll
    void startPeer() {
        peer = new RemoteServer();
        bob = peer.addActor("bob");
    }

    @AfterAll
    void stopPeer() {
        peer.close();
    }

    @Test
    void anAcceptByIdOfAnActivityTheHubSentFindsItsRoute() {
        JsonNode account = HttpProbe.json(http().send(java.net.http.HttpRequest.newBuilder(http().uri(
                "/api/v1/accounts/lookup?acct=" + URLEncoder.encode(bob.toString(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN).GET()));
        new HubApi(baseUrl()).send("POST",
                "/api/v1/accounts/" + account.get("id").asText() + "/follow", Map.of());
        LocalActivity follow = StreamSupport.stream(activities.findAll().spliterator(), false)
                .filter(activity -> activity.type().equals("Follow")).findFirst().orElseThrow();

        InboxActivity accepted = deliverAndAwait(Activities.activity("Accept", URI.create(bob + "#accepts/1"), bob,
                TextNode.valueOf(follow.uri())));
        assertThat(accepted.outcome()).contains("accepted");
        assertThat(follows.findByActivityUri(follow.uri()).orElseThrow().state()).isEqualTo(FollowState.accepted);

        // An Accept by id of something else the hub sent is routed by that activity's type, here one nothing takes.
        new HubApi(baseUrl()).publish("Open meeting tonight", "public");
        LocalActivity create = StreamSupport.stream(activities.findAll().spliterator(), false)
                .filter(activity -> activity.type().equals("Create")).findFirst().orElseThrow();
        InboxActivity other = deliverAndAwait(Activities.activity("Accept", URI.create(bob + "#accepts/2"), bob,
                TextNode.valueOf(create.uri())));
        assertThat(other.state()).isEqualTo("ignored");
        assertThat(other.outcome()).isEqualTo("no handler for Accept(Create)");
    }

    @Test
    void aCreateByIdIsRoutedByTheTypeItsOriginServes() {
        URI question = URI.create(bob + "/statuses/poll-1");
        ObjectNode poll = Activities.note(question, bob, "<p>Which evening suits?</p>",
                URI.create(baseUrl() + "/actors/hackney"));
        poll.put("type", "Question");
        peer.put("/users/bob/statuses/poll-1", poll);
        InboxActivity row = deliverAndAwait(Activities.activity("Create", URI.create(question + "/activity"), bob,
                TextNode.valueOf(question.toString())));
        assertThat(row.outcome()).isEqualTo("creates a Question, which nothing here keeps");
        assertThat(peer.getsOf("/users/bob/statuses/poll-1")).isEqualTo(1);

        URI note = URI.create(bob + "/statuses/note-1");
        peer.put("/users/bob/statuses/note-1", Activities.note(note, bob, "<p>Hello hub</p>",
                URI.create(baseUrl() + "/actors/hackney")));
        InboxActivity stored = deliverAndAwait(Activities.activity("Create", URI.create(note + "/activity"), bob,
                TextNode.valueOf(note.toString())));
        assertThat(stored.outcome()).isEqualTo("stored Note " + note);

        InboxActivity deleted = deliverAndAwait(Activities.activity("Delete", URI.create(note + "#delete"), bob,
                TextNode.valueOf(note.toString())));
        assertThat(deleted.outcome()).isEqualTo("deleted " + note);
        assertThat(posts.findByUri(note.toString()).orElseThrow().deleted()).isTrue();
    }

    private InboxActivity deliverAndAwait(ObjectNode activity) {
        var response = peer.deliver(bob, baseUrl() + "/inbox", activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = activity.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.findByActivityUri(id)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(id).orElseThrow();
    }
}
