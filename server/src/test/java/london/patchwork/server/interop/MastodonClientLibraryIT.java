package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Mastodon client library, masto (not our own HTTP calls), goes through an app's whole flow against the hub:
 * it registers the app; the member authorises it on the hub's pages (posted here as a browser would); the library
 * exchanges the code with PKCE, reads the member's credentials, the instance and markers; it posts, reads the home
 * timeline and notifications, search-resolves an account on another real hub and follows it; after the library
 * revokes the token, the next call gets 401.
 */
@MicronautTest(transactional = false)
class MastodonClientLibraryIT extends HubTest {

    private RunningHub lambeth;

    @BeforeAll
    void startLambeth() {
        lambeth = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stopLambeth() {
        if (lambeth != null) {
            lambeth.close();
        }
    }

    @Test
    void theMastoLibraryPostsReadsNotificationsAndFollowsAnAccountOnAnotherHub() {
        MastoClient masto = MastoClient.forHub(baseUrl());
        // Mo (a moderator is a member too) here; Ada has the other test.
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        MastoClient member = masto.withToken(authorisedToken(masto, mo, "Tusky"));

        JsonNode posted = member.call("v1.statuses.create", JsonNodeFactory.instance.objectNode()
                .put("status", "Repair café on Saturday at the library #hackney")).orThrow();
        assertThat(posted.get("account").get("username").asText()).isEqualTo("mo");
        JsonNode home = member.call("v1.timelines.home.list", null).orThrow();
        assertThat(home.findValuesAsText("id")).contains(posted.get("id").asText());

        // Grace, on another hub, finds Mo's post and favourites it; Mo's app hears of it.
        String hackneyHost = URI.create(baseUrl()).getAuthority();
        JsonNode found = grace.jsonOk("GET", "/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(posted.get("uri").asText(), StandardCharsets.UTF_8), null);
        grace.jsonOk("POST", "/api/v1/statuses/" + found.at("/statuses/0/id").asText() + "/favourite", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> member.call("v1.notifications.list",
                        JsonNodeFactory.instance.objectNode().set("types", JsonNodeFactory.instance.arrayNode()
                                .add("favourite"))).orThrow().findValuesAsText("type").contains("favourite"));

        // Mo's app finds Grace on Lambeth by handle (resolved by WebFinger) and follows her.
        String lambethHost = URI.create(lambeth.baseUrl()).getAuthority();
        JsonNode results = member.call("v2.search.list", JsonNodeFactory.instance.objectNode()
                .put("q", "@grace@" + lambethHost).put("resolve", true).put("type", "accounts")).orThrow();
        assertThat(results.at("/accounts/0/acct").asText()).isEqualTo("grace@" + lambethHost);
        String graceId = results.at("/accounts/0/id").asText();
        member.call("v1.accounts.$select(" + graceId + ").follow", null).orThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> member.call("v1.accounts.relationships.fetch",
                        JsonNodeFactory.instance.objectNode().set("id", JsonNodeFactory.instance.arrayNode()
                                .add(graceId))).orThrow().path(0).path("following").asBoolean());
        assertThat(grace.jsonOk("GET", "/api/v1/notifications?types[]=follow", null).findValuesAsText("acct"))
                .contains("mo@" + hackneyHost);
    }

    private static String authorisedToken(MastoClient masto, TestMembers.SignedIn member, String appName) {
        JsonNode app = masto.registerApp(appName, CALLBACK, "read write follow", "https://tusky.app").orThrow();
        String code = AppAuthorisations.authorise(member, AppAuthorisations.authorizePath(
                new AppAuthorisations.App(app.get("clientId").asText(), app.get("clientSecret").asText(), app),
                CALLBACK, "read write follow", "s", AppAuthorisations.challengeOf(VERIFIER)));
        return masto.token(app.get("clientId").asText(), app.get("clientSecret").asText(), CALLBACK, code, VERIFIER)
                .orThrow().get("accessToken").asText();
    }

    private static final String CALLBACK = "https://elk.example/oauth/callback";
    private static final String VERIFIER = "masto-pkce-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

    @Test
    void theMastoLibraryRegistersExchangesReadsAndRevokes() {
        MastoClient masto = MastoClient.forHub(baseUrl());
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());

        JsonNode app = masto.registerApp("Elk", CALLBACK, "read write follow push", "https://elk.zone").orThrow();
        String clientId = app.get("clientId").asText();
        String clientSecret = app.get("clientSecret").asText();
        assertThat(app.get("name").asText()).isEqualTo("Elk");

        String code = AppAuthorisations.authorise(ada, AppAuthorisations.authorizePath(
                new AppAuthorisations.App(clientId, clientSecret, app), CALLBACK, "read write follow", "s",
                AppAuthorisations.challengeOf(VERIFIER)));
        JsonNode token = masto.token(clientId, clientSecret, CALLBACK, code, VERIFIER).orThrow();
        assertThat(token.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(token.get("scope").asText()).isEqualTo("read write follow");

        MastoClient member = masto.withToken(token.get("accessToken").asText());
        JsonNode me = member.call("v1.accounts.verifyCredentials", null).orThrow();
        assertThat(me.get("username").asText()).isEqualTo("ada");
        assertThat(me.get("source").get("privacy").asText()).isEqualTo("public");
        assertThat(member.call("v1.apps.verifyCredentials", null).orThrow().get("name").asText()).isEqualTo("Elk");
        assertThat(member.call("v2.instance.fetch", null).orThrow().get("title").asText())
                .isEqualTo("Hackney Community Hub");
        assertThat(member.call("v1.customEmojis.list", null).orThrow()).isEmpty();

        JsonNode saved = member.call("v1.markers.create", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().set("home", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("lastReadId", "42"))).orThrow();
        assertThat(saved.get("home").get("lastReadId").asText()).isEqualTo("42");

        assertThat(masto.revoke(clientId, clientSecret, token.get("accessToken").asText()).ok()).isTrue();
        MastoClient.Answer afterRevoke = member.call("v1.accounts.verifyCredentials", null);
        assertThat(afterRevoke.ok()).isFalse();
        assertThat(afterRevoke.failedStatus()).isEqualTo(401);
        assertThat(afterRevoke.failure()).contains("The access token is invalid");
    }
}
