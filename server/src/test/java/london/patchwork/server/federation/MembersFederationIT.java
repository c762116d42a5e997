package london.patchwork.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.HttpProbe;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Members of two real hubs federating as their own Person actors: Grace on Lambeth finds Ada on Hackney by search
 * (WebFinger), follows her and is accepted; Ada hears of the follow, her post reaches Grace's home timeline, and
 * Grace's favourite, boost and mention reach Ada's notifications. A post Lambeth has never seen is found by URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersFederationIT {

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

    private static boolean notified(TestMembers.SignedIn member, String type, String fromUsername) {
        for (JsonNode notification : member.jsonOk("GET", "/api/v1/notifications?types[]=" + type, null)) {
            if (notification.at("/account/username").asText().equals(fromUsername)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void membersFollowPublishFavouriteBoostAndMentionAcrossHubs() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        String hackneyHost = URI.create(hackney.baseUrl()).getAuthority();

        // Grace finds Ada by her handle, which Lambeth resolves through WebFinger and stores.
        JsonNode found = grace.jsonOk("GET", "/api/v2/search?type=accounts&resolve=true&q="
                + URLEncoder.encode("@ada@" + hackneyHost, StandardCharsets.UTF_8), null);
        assertThat(found.at("/accounts/0/acct").asText()).isEqualTo("ada@" + hackneyHost);
        assertThat(found.at("/accounts/0/uri").asText()).isEqualTo(hackney.baseUrl() + "/actors/ada");
        String adaOnLambeth = found.at("/accounts/0/id").asText();

        // Grace follows Ada; Hackney accepts for Ada's Person actor and Ada hears of it.
        grace.jsonOk("POST", "/api/v1/accounts/" + adaOnLambeth + "/follow", null);
        await().atMost(PATIENCE).until(() -> grace.jsonOk("GET", "/api/v1/accounts/relationships?id[]="
                + adaOnLambeth, null).path(0).path("following").asBoolean());
        assertThat(HttpProbe.json(hackney.http().get("/actors/ada/followers", "application/activity+json"))
                .get("totalItems").asInt()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> notified(ada, "follow", "grace"));

        // Ada publishes; the Create comes from her actor and the post lands in Grace's home timeline.
        JsonNode status = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Sewing machines fixed free\"}");
        String uri = status.get("uri").asText();
        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        String copyId = onLambeth(uri).orElseThrow().id().toString();
        JsonNode home = grace.jsonOk("GET", "/api/v1/timelines/home", null);
        assertThat(home.at("/0/uri").asText()).isEqualTo(uri);
        assertThat(home.at("/0/account/acct").asText()).isEqualTo("ada@" + hackneyHost);

        // Grace favourites and boosts it, and mentions Ada: each arrives at Hackney as Ada's notification.
        grace.jsonOk("POST", "/api/v1/statuses/" + copyId + "/favourite", null);
        await().atMost(PATIENCE).until(() -> notified(ada, "favourite", "grace"));
        assertThat(ada.jsonOk("GET", "/api/v1/statuses/" + status.get("id").asText(), null)
                .get("favourites_count").asInt()).isEqualTo(1);
        grace.jsonOk("POST", "/api/v1/statuses/" + copyId + "/reblog", null);
        await().atMost(PATIENCE).until(() -> notified(ada, "reblog", "grace"));
        grace.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"@ada@" + hackneyHost + " thank you!\"}");
        await().atMost(PATIENCE).until(() -> notified(ada, "mention", "grace"));

        // A post Lambeth never received is found by its URL and stored.
        String hubPost = hackney.api().publish("Only on Hackney's hub", "public").get("uri").asText();
        assertThat(onLambeth(hubPost)).isEmpty();
        JsonNode byUrl = grace.jsonOk("GET", "/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(hubPost, StandardCharsets.UTF_8), null);
        assertThat(byUrl.at("/statuses/0/uri").asText()).isEqualTo(hubPost);
        assertThat(onLambeth(hubPost)).isPresent();

        // Grace unfollows: Hackney forgets her as Ada's follower.
        grace.jsonOk("POST", "/api/v1/accounts/" + adaOnLambeth + "/unfollow", null);
        await().atMost(PATIENCE).until(() -> HttpProbe.json(hackney.http().get("/actors/ada/followers",
                "application/activity+json")).get("totalItems").asInt() == 0);
    }
}
