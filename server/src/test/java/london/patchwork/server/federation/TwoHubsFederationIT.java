package london.patchwork.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real hubs on 127.0.0.1, each on its own database, federating end to end through their inboxes and
 * delivery queues: follow and accept, publish, reply, edit, delete, unfollow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoHubsFederationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RunningHub hackney;
    private RunningHub lambeth;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stop() {
        lambeth.close();
        hackney.close();
    }

    private Optional<Post> onLambeth(String uri) {
        return lambeth.bean(PostRepository.class).findByUri(uri);
    }

    @Test
    void hubsFollowPublishReplyEditDeleteAndUnfollow() {
        // Lambeth's hub follows Hackney's, and Hackney accepts.
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(hackney.actorUrl(), StandardCharsets.UTF_8), Map.of()));
        String hackneyId = account.get("id").asText();
        assertThat(account.get("group").asBoolean()).isTrue();
        JsonNode relationship = HttpProbe.json(lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/follow",
                Map.of()));
        assertThat(relationship.get("following").asBoolean() || relationship.get("requested").asBoolean()).isTrue();
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + hackneyId, Map.of())).path(0).path("following").asBoolean());
        assertThat(HttpProbe.json(hackney.http().get("/actors/hackney/followers", "application/activity+json"))
                .get("totalItems").asInt()).isEqualTo(1);

        // Hackney publishes; the post reaches Lambeth.
        JsonNode status = hackney.api().publish("Repair café this Saturday at the library", "public");
        String uri = status.get("uri").asText();
        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        Post copy = onLambeth(uri).orElseThrow();
        assertThat(copy.contentHtml()).contains("Repair café");

        // Lambeth replies; Hackney shows the reply under its post.
        JsonNode reply = HttpProbe.json(lambeth.api().postStatus(Map.of("status", "We'll bring the toolkit!",
                "in_reply_to_id", copy.id().toString(), "visibility", "public")));
        String replyUri = reply.get("uri").asText();
        await().atMost(PATIENCE).until(() -> hackney.bean(PostRepository.class).findByUri(replyUri).isPresent());
        assertThat(hackney.http().get(uri, "text/html").body()).contains("We'll bring the toolkit!");

        // Hackney edits, then deletes; Lambeth follows along.
        hackney.api().send("PUT", "/api/v1/statuses/" + status.get("id").asText(),
                Map.of("status", "Repair café moved to Sunday"));
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::contentHtml).orElse("").contains("Sunday"));
        hackney.api().send("DELETE", "/api/v1/statuses/" + status.get("id").asText(), Map.of());
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::deleted).orElse(false));

        // Lambeth unfollows: Hackney forgets the follower and stops delivering to it.
        lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/unfollow", Map.of());
        await().atMost(PATIENCE).until(() -> hackney.bean(FollowRepository.class).count() == 0);
        String after = hackney.api().publish("Only for those still following", "public").get("uri").asText();
        // The positive control: a later post that names Lambeth still reaches it. Only once it has arrived does the
        // first post's absence mean anything.
        String handle = "@lambeth@" + java.net.URI.create(lambeth.baseUrl()).getAuthority();
        String marker = hackney.api().publish(handle + " A later post, for you by name", "public").get("uri")
                .asText();
        await().atMost(PATIENCE).until(() -> onLambeth(marker).isPresent());
        assertThat(onLambeth(after)).isEmpty();
        // Activities are planned in order, so the first post's plan is done: it has no delivery at all.
        long postId = hackney.bean(PostRepository.class).findByUri(after).orElseThrow().id();
        long createId = hackney.bean(LocalActivityRepository.class).findByObjectIdAndType(postId, "Create")
                .getFirst().id();
        assertThat(hackney.rows().queryLong("select count(*) from delivery_jobs where activity_id = ?", createId))
                .isZero();
    }
}
