package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Likes and boosts from the fediverse, delivered signed to the inbox, are shown where the post is: its page, the
 * home stream, and the Status JSON's counts.
 */
@MicronautTest(transactional = false)
class ReactionsShownIT extends HubTest {

    @Inject PostRepository posts;

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
    void remoteLikesAndABoostAreCountedOnThePageTheStreamAndTheStatus() {
        JsonNode status = new HubApi(baseUrl()).publish("The repair café opens on Saturday", "public");
        String uri = status.get("uri").asText();
        String path = URI.create(uri).getPath();
        assertThat(http().get(path, "text/html").body()).as("nothing shown before anyone reacts")
                .doesNotContain("post__reactions");

        for (int i = 0; i < 3; i++) {
            URI fan = peer.addActor("fixer" + i);
            deliver(fan, Activities.activity("Like", URI.create(fan + "#likes/1"), fan, TextNode.valueOf(uri)));
        }
        URI booster = peer.addActor("booster");
        deliver(booster, Activities.activity("Announce", URI.create(booster + "/statuses/9/activity"), booster,
                TextNode.valueOf(uri)));
        long id = status.get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> posts.findById(id)
                .map(post -> post.likeCount() == 3 && post.announceCount() == 1).orElse(false));

        String page = http().get(path, "text/html").body();
        assertThat(page).contains("<span class=\"post__likes\">3 likes</span><span aria-hidden=\"true\"> · </span>"
                + "<span class=\"visually-hidden\"> and </span><span class=\"post__boosts\">1 boost</span>");
        assertThat(http().get("/", "text/html").body()).contains("3 likes").contains("1 boost");

        JsonNode counted = HttpProbe.json(http().get("/api/v1/statuses/" + id, "application/json"));
        assertThat(counted.get("favourites_count").asInt()).isEqualTo(3);
        assertThat(counted.get("reblogs_count").asInt()).isEqualTo(1);
    }

    private void deliver(URI actor, com.fasterxml.jackson.databind.node.ObjectNode activity) {
        HttpResponse<String> answer = peer.deliver(actor, baseUrl() + "/inbox", activity);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }
}
