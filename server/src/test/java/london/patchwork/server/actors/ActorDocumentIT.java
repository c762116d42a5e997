package london.patchwork.server.actors;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.interfaces.RSAPublicKey;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's Group actor as Mastodon fetches it, and as a browser sees the same URL. */
@MicronautTest
class ActorDocumentIT extends HubTest {

    private static final String MASTODON_ACCEPT =
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    @Test
    void groupActorCarriesEveryFieldMastodonReads() {
        String id = baseUrl() + "/actors/hackney";
        HttpResponse<String> response = http().get("/actors/hackney", MASTODON_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/activity+json");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept"));

        JsonNode actor = HttpProbe.json(response);
        assertThat(actor.get("@context").toString()).contains("https://www.w3.org/ns/activitystreams")
                .contains("https://w3id.org/security/v1");
        assertThat(actor.get("id").asText()).isEqualTo(id);
        assertThat(actor.get("type").asText()).isEqualTo("Group");
        assertThat(actor.get("preferredUsername").asText()).isEqualTo("hackney");
        assertThat(actor.get("name").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(actor.get("summary").asText()).isEqualTo("<p>" + TestHubs.HACKNEY.summary() + "</p>");
        assertThat(actor.get("url").asText()).isEqualTo(baseUrl() + "/");
        assertThat(actor.get("inbox").asText()).isEqualTo(id + "/inbox");
        assertThat(actor.get("outbox").asText()).isEqualTo(id + "/outbox");
        assertThat(actor.get("followers").asText()).isEqualTo(id + "/followers");
        assertThat(actor.get("following").asText()).isEqualTo(id + "/following");
        assertThat(actor.get("featured").asText()).isEqualTo(id + "/collections/featured");
        assertThat(actor.at("/endpoints/sharedInbox").asText()).isEqualTo(baseUrl() + "/inbox");
        assertThat(actor.get("manuallyApprovesFollowers").asBoolean(true)).isFalse();
        assertThat(actor.get("discoverable").asBoolean(false)).isTrue();
        assertThat(actor.get("published").asText()).isNotBlank();

        JsonNode key = actor.get("publicKey");
        assertThat(key.get("id").asText()).isEqualTo(id + "#main-key");
        assertThat(key.get("owner").asText()).isEqualTo(id);
        var publicKey = PemKeys.parsePublicKey(key.get("publicKeyPem").asText());
        assertThat(publicKey).isInstanceOf(RSAPublicKey.class);
        assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);
        assertThat(response.body()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void ldJsonWithTheActivityStreamsProfileIsAnsweredInKind() {
        HttpResponse<String> response = http().get("/actors/hackney",
                "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        assertThat(HttpProbe.json(response).get("id").asText()).isEqualTo(baseUrl() + "/actors/hackney");
    }

    @Test
    void browsersAreSentFromTheActorUrlToTheHubsPage() {
        HttpResponse<String> response = http().get("/actors/hackney",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(baseUrl() + "/");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept"));
        HttpResponse<String> page = http().get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"hub-name\">" + TestHubs.HACKNEY.displayName() + "</h1>");
    }

    @Test
    void serversOwnActorIsAnApplication() {
        HttpResponse<String> response = http().get("/actor", MASTODON_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode actor = HttpProbe.json(response);
        assertThat(actor.get("id").asText()).isEqualTo(baseUrl() + "/actor");
        assertThat(actor.get("type").asText()).isEqualTo("Application");
        assertThat(actor.at("/publicKey/owner").asText()).isEqualTo(baseUrl() + "/actor");
        assertThat(actor.at("/publicKey/id").asText()).isEqualTo(baseUrl() + "/actor#main-key");
        assertThat(actor.get("inbox").asText()).isEqualTo(baseUrl() + "/inbox");
        // Every collection the document names answers, featured too: GoToSocial fetches it and logs an error if not.
        for (String collection : new String[]{"outbox", "followers", "following", "featured"}) {
            String url = actor.get(collection).asText();
            assertThat(url).as(collection).startsWith(baseUrl());
            HttpResponse<String> answer = http().get(url.substring(baseUrl().length()), MASTODON_ACCEPT);
            assertThat(answer.statusCode()).as(collection).isEqualTo(200);
            assertThat(HttpProbe.json(answer).get("id").asText()).isEqualTo(url);
        }
    }

    @Test
    void unknownActorsAreNotFound() {
        assertThat(http().get("/actors/nobody", MASTODON_ACCEPT).statusCode()).isEqualTo(404);
        assertThat(http().get("/actors/instance.actor", MASTODON_ACCEPT).statusCode()).isEqualTo(404);
    }
}
