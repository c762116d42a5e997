package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.inbox.InboxConfiguration;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Likes and boosts of one post arriving together, applied by several inbox workers at once (as a GoToSocial peer
 * sends a Like and an Announce milliseconds apart): every one is counted, and every Undo takes exactly one back.
 */
@MicronautTest
class ConcurrentReactionsIT extends HubTest {

    private static final int ACTORS = 12;

    @Inject PostRepository posts;
    @Inject InboxActivityRepository inbox;
    @Inject InboxConfiguration configuration;

    private RemoteServer peer;
    private final List<URI> actors = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Four workers taking one activity each: reactions to one post are applied in overlapping transactions.
        properties.put("patchwork.inbox.workers", "4");
        properties.put("patchwork.inbox.batch", "1");
        properties.put("patchwork.inbox.retry.give-up-after", "1h");
        return properties;
    }

    @BeforeAll
    void startPeer() {
        peer = new RemoteServer();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(peer.addActor("fan" + i));
        }
    }

    @AfterAll
    void stopPeer() {
        peer.close();
    }

    @Test
    void theInboxTakesItsSettings() {
        assertThat(configuration.workers()).isEqualTo(4);
        assertThat(configuration.batch()).isEqualTo(1);
        assertThat(configuration.retry().policy().giveUpAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(configuration.retry().policy().base()).as("a default kept").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void reactionsAppliedAtOnceAreEachCountedOnce() throws Exception {
        String uri = new HubApi(baseUrl()).publish("Lunch club is back on Friday", "public").get("uri").asText();
        Post post = posts.findByUri(uri).orElseThrow();

        List<ObjectNode> reactions = new ArrayList<>();
        for (URI actor : actors) {
            reactions.add(Activities.activity("Like", URI.create(actor + "#likes/1"), actor, TextNode.valueOf(uri)));
            reactions.add(Activities.activity("Announce", URI.create(actor + "/statuses/1/activity"), actor,
                    TextNode.valueOf(uri)));
        }
        deliverAllAtOnce(reactions);
        assertThat(posts.findById(post.id()).orElseThrow())
                .extracting(Post::likeCount, Post::announceCount).containsExactly(ACTORS, ACTORS);

        List<ObjectNode> undos = new ArrayList<>();
        for (int i = 0; i < ACTORS / 2; i++) {
            ObjectNode like = reactions.get(2 * i).deepCopy();
            like.remove("@context");
            undos.add(Activities.activity("Undo", URI.create(actors.get(i) + "#likes/1/undo"), actors.get(i), like));
            undos.add(Activities.activity("Undo", URI.create(actors.get(i) + "/statuses/1/undo"), actors.get(i),
                    TextNode.valueOf(reactions.get(2 * i + 1).get("id").asText())));
        }
        deliverAllAtOnce(undos);
        assertThat(posts.findById(post.id()).orElseThrow())
                .extracting(Post::likeCount, Post::announceCount).containsExactly(ACTORS / 2, ACTORS / 2);
    }

    /** Posts every activity from its own thread at once, then waits until the hub has applied each one. */
    private void deliverAllAtOnce(List<ObjectNode> activities) throws Exception {
        List<Callable<Integer>> sends = activities.stream().<Callable<Integer>>map(activity -> () ->
                peer.deliver(URI.create(activity.get("actor").asText()), baseUrl() + "/inbox", activity)
                        .statusCode()).toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : threads.invokeAll(sends)) {
                assertThat(status.get()).isEqualTo(202);
            }
        }
        for (ObjectNode activity : activities) {
            String id = activity.get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(id)
                    .map(row -> !row.state().equals("pending")).orElse(false));
            var row = inbox.findByActivityUri(id).orElseThrow();
            assertThat(row.state()).as(id + ": " + row.outcome()).isEqualTo("done");
        }
    }
}
