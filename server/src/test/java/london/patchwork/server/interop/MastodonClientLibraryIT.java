package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Mastodon client library, masto (not our own HTTP calls), goes through an app's whole flow against the hub:
 * it registers the app; the member authorises it on the hub's pages (posted here as a browser would); the library
 * exchanges the code with PKCE, reads the member's credentials, the instance and markers; after the library revokes
 * the token, the next call gets 401.
 */
@MicronautTest(transactional = false)
class MastodonClientLibraryIT extends HubTest {

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
