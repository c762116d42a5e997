package london.patchwork.server.guides;

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
 * A second real hub follows the first hub's Group and receives its guides: the Article in a {@code Create} for the
 * first revision, an {@code Update} for each later one, and a {@code Delete} when a moderator removes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidesFederationIT {

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
    void aFollowingHubReceivesTheGuideAndEachRevision() {
        JsonNode account = HttpProbe.json(lambeth.api().send("GET", "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(hackney.actorUrl(), StandardCharsets.UTF_8), Map.of()));
        String hackneyId = account.get("id").asText();
        lambeth.api().send("POST", "/api/v1/accounts/" + hackneyId + "/follow", Map.of());
        await().atMost(PATIENCE).until(() -> HttpProbe.json(lambeth.api().send("GET",
                "/api/v1/accounts/relationships?id[]=" + hackneyId, Map.of())).path(0).path("following").asBoolean());

        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        JsonNode guide = ada.jsonOk("POST", "/api/patchwork/guides", "{\"title\":\"Starting a tenants' association\","
                + "\"topic\":\"Housing\",\"body\":\"Find three neighbours.\\n\\nBook a room.\"}");
        String uri = guide.get("url").asText();

        await().atMost(PATIENCE).until(() -> onLambeth(uri).isPresent());
        Post copy = onLambeth(uri).orElseThrow();
        assertThat(copy.type()).isEqualTo("Article");
        assertThat(copy.name()).isEqualTo("Starting a tenants' association");
        assertThat(copy.contentHtml()).contains("Find three neighbours.");
        assertThat(lambeth.rows().queryLong("select count(*) from inbox_activities where raw->>'type' = 'Create' "
                + "and raw->'object'->>'id' = ?", uri)).isEqualTo(1);

        ada.jsonOk("PUT", "/api/patchwork/guides/starting-a-tenants-association", "{\"title\":\"Starting a "
                + "tenants' association\",\"topic\":\"Housing\",\"body\":\"Find five neighbours.\\n\\nBook a room.\","
                + "\"base_revision\":1}");
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::contentHtml).orElse("")
                .contains("Find five neighbours."));
        assertThat(lambeth.rows().queryLong("select count(*) from inbox_activities where raw->>'type' = 'Update' "
                + "and raw->'object'->>'id' = ?", uri)).isEqualTo(1);

        TestMembers.SignedIn olu = TestMembers.OLU.join(hackney.baseUrl());
        assertThat(olu.json("DELETE", "/api/patchwork/guides/starting-a-tenants-association", null).statusCode())
                .isEqualTo(204);
        await().atMost(PATIENCE).until(() -> onLambeth(uri).map(Post::deleted).orElse(false));
    }
}
