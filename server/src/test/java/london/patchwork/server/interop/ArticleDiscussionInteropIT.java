package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A blog article's discussion gathers replies from elsewhere: from a member of a second real hub, who finds the
 * article by its URL and replies through the Mastodon API, and from an independent implementation, the live Fedify
 * peer. Both show on the article's page, oldest first, and in its reply count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleDiscussionInteropIT {

    private static final Duration FEDERATION = Duration.ofSeconds(30);

    private RunningHub hackney;
    private RunningHub lambeth;

    @BeforeAll
    void start() {
        NodeTools.require();
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stop() {
        if (lambeth != null) {
            lambeth.close();
        }
        if (hackney != null) {
            hackney.close();
        }
    }

    @Test
    void repliesFromAnotherHubAndFromFedifyJoinTheArticlesDiscussion() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        JsonNode article = ada.jsonOk("POST", "/api/patchwork/articles", "{\"title\":\"Fixing bikes together\","
                + "\"body\":\"Every Saturday at the depot. Bring a bike, leave with a skill.\"}");
        URI uri = URI.create(article.get("uri").asText());
        String page = uri.getPath();

        JsonNode found = grace.jsonOk("GET", "/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(uri.toString(), StandardCharsets.UTF_8), null);
        assertThat(found.at("/statuses/0/uri").asText()).isEqualTo(uri.toString());
        grace.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"I'll bring my toolbox\",\"in_reply_to_id\":\""
                + found.at("/statuses/0/id").asText() + "\"}");
        await("Grace's reply from Lambeth on the article's page").atMost(FEDERATION)
                .until(() -> hackney.http().get(page, "text/html").body().contains("bring my toolbox"));

        URI adaActor = URI.create(hackney.baseUrl() + "/actors/ada");
        try (FedifyPeer peer = FedifyPeer.start("fedify-reader", HttpSignatureScheme.RFC_9421)) {
            FedifyPeer.Replied reply = peer.reply(uri, "Count me in, from a Fedify server", adaActor);
            await("the Fedify peer's reply on the article's page (log: " + peer.log() + ")").atMost(FEDERATION)
                    .until(() -> hackney.http().get(page, "text/html").body().contains("from a Fedify server"));
            assertThat(reply.to()).isEqualTo(adaActor);
        }
        String html = hackney.http().get(page, "text/html").body();
        assertThat(html).contains("(2 replies)");
        assertThat(html.indexOf("bring my toolbox")).isLessThan(html.indexOf("from a Fedify server"));
        assertThat(ada.jsonOk("GET", "/api/patchwork/articles/" + article.get("id").asText(), null)
                .get("replies_count").asLong()).isEqualTo(2);
    }
}
