package london.patchwork.server.forum;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real hubs: Lambeth follows Hackney's Group, which is Hackney's forum. A thread opened on Hackney reaches
 * Lambeth announced by the Group (and is kept there as a post); a Lambeth member's reply reaches Hackney's thread;
 * the edit and the delete go out from the Group as {@code Announce{Update}} and {@code Announce{Delete}}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumFederationIT {

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

    private long announcedToLambeth(String embeddedType, String objectId) {
        return lambeth.rows().queryLong("select count(*) from inbox_activities where type = 'Announce' "
                + "and actor_uri = ? and raw->'object'->>'type' = ? and (raw->'object'->'object'->>'id' = ? "
                + "or raw->'object'->>'object' = ?)", hackney.actorUrl(), embeddedType, objectId, objectId);
    }

    @Test
    void aThreadItsRepliesEditAndDeleteTravelThroughTheGroup() {
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(hackney.actorUrl(), StandardCharsets.UTF_8), Map.of()));
        String hackneyId = account.get("id").asText();
        lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + hackneyId, Map.of())).path(0).path("following").asBoolean());

        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        JsonNode thread = ada.jsonOk("POST", "/api/patchwork/forum/threads", "{\"category\":\"general\","
                + "\"title\":\"Street party in June\",\"text\":\"Who is in?\\n\\nBring chairs.\"}");
        String id = thread.get("id").asText();
        String uri = thread.get("uri").asText();

        // The Group announces the Create (for Lemmy and Mbin) and the Page itself, which Lambeth fetches and keeps.
        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        Post copy = onLambeth(uri).orElseThrow();
        assertThat(copy.type()).isEqualTo("Page");
        assertThat(copy.name()).isEqualTo("Street party in June");
        await().atMost(PATIENCE).until(() -> announcedToLambeth("Create", uri) == 1);
        assertThat(lambeth.rows().queryLong("select count(*) from inbox_activities where type = 'Announce' "
                + "and actor_uri = ? and raw->>'object' = ?", hackney.actorUrl(), uri)).isEqualTo(1);

        // A Lambeth member replies to Lambeth's copy; the reply reaches Hackney's thread.
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        JsonNode reply = grace.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Count me in from Lambeth\","
                + "\"in_reply_to_id\":\"" + copy.id() + "\"}");
        assertThat(onLambeth(reply.get("uri").asText())).isPresent();
        await().atMost(PATIENCE).until(() -> hackney.http().get("/forum/threads/" + id, "text/html").body()
                .contains("Count me in from Lambeth"));
        // ...and the Group announces it onwards, as it does every public reply in its threads.
        await().atMost(PATIENCE).until(() -> announcedToLambeth("Create", reply.get("uri").asText()) == 1);

        // A visitor from Lambeth uses "reply from your server": sent to Lambeth's interaction page for the Page.
        String handle = "@" + TestHubs.LAMBETH.username() + "@" + lambeth.baseUrl().substring("http://".length());
        var interact = hackney.http().send(java.net.http.HttpRequest.newBuilder(hackney.http().uri("/interact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("handle="
                        + URLEncoder.encode(handle, StandardCharsets.UTF_8) + "&uri="
                        + URLEncoder.encode(uri, StandardCharsets.UTF_8))));
        assertThat(interact.statusCode()).as(interact.body()).isEqualTo(303);
        assertThat(interact.headers().firstValue("Location").orElseThrow()).startsWith(lambeth.baseUrl())
                .contains(URLEncoder.encode(uri, StandardCharsets.UTF_8));

        ada.jsonOk("PUT", "/api/patchwork/forum/threads/" + id, "{\"title\":\"Street party on 21 June\","
                + "\"text\":\"Who is in? Bring chairs.\"}");
        await().atMost(PATIENCE).until(() -> announcedToLambeth("Update", uri) == 1);

        assertThat(ada.json("DELETE", "/api/patchwork/forum/threads/" + id, null).statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> announcedToLambeth("Delete", uri) == 1);
    }
}
