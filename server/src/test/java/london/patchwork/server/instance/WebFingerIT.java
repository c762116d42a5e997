package london.patchwork.server.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class WebFingerIT extends HubTest {

    private HttpResponse<String> webfinger(String resource) {
        return http().get("/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8),
                "application/jrd+json");
    }

    private String authority() {
        return baseUrl().substring("http://".length());
    }

    @Test
    void acctLookupGivesTheActorAsMastodonNeedsIt() {
        HttpResponse<String> response = webfinger("acct:hackney@" + authority());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/jrd+json; charset=utf-8");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        JsonNode jrd = HttpProbe.json(response);
        String actor = baseUrl() + "/actors/hackney";
        assertThat(jrd.get("subject").asText()).isEqualTo("acct:hackney@" + authority());
        assertThat(texts(jrd.get("aliases"))).contains(actor, baseUrl() + "/");
        JsonNode self = link(jrd, "self");
        assertThat(self.get("type").asText()).isEqualTo("application/activity+json");
        assertThat(self.get("href").asText()).isEqualTo(actor);
        assertThat(link(jrd, "http://webfinger.net/rel/profile-page").get("href").asText()).isEqualTo(baseUrl() + "/");
        assertThat(link(jrd, "http://ostatus.org/schema/1.0/subscribe").get("template").asText())
                .isEqualTo(baseUrl() + "/authorize_interaction?uri={uri}");
    }

    @Test
    void handleFormsAndCaseAreAccepted() {
        assertThat(webfinger("@hackney@" + authority()).statusCode()).isEqualTo(200);
        assertThat(webfinger("hackney@" + authority()).statusCode()).isEqualTo(200);
        assertThat(webfinger("acct:HACKNEY@" + authority().toUpperCase()).statusCode()).isEqualTo(200);
    }

    @Test
    void actorUrlAsResourceGivesTheSameAccount() {
        JsonNode jrd = HttpProbe.json(webfinger(baseUrl() + "/actors/hackney"));
        assertThat(jrd.get("subject").asText()).isEqualTo("acct:hackney@" + authority());
        assertThat(link(jrd, "self").get("href").asText()).isEqualTo(baseUrl() + "/actors/hackney");
    }

    @Test
    void originUrlLeadsToTheServersOwnActor() {
        HttpResponse<String> response = webfinger(baseUrl() + "/");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode jrd = HttpProbe.json(response);
        assertThat(jrd.get("subject").asText()).isEqualTo(baseUrl() + "/");
        assertThat(link(jrd, "self").get("href").asText()).isEqualTo(baseUrl() + "/actor");
    }

    @Test
    void relParameterFiltersLinks() {
        HttpResponse<String> response = http().get("/.well-known/webfinger?resource=acct:hackney@" + authority()
                + "&rel=self", "application/jrd+json");
        JsonNode links = HttpProbe.json(response).get("links");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("rel").asText()).isEqualTo("self");
    }

    @Test
    void missingResourceIsABadRequest() {
        HttpResponse<String> response = http().get("/.well-known/webfinger", "application/jrd+json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpProbe.json(response).get("error").asText()).contains("resource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hackney", "acct:", "acct:@localhost", "acct:hackney@", "acct:a@b@c", "mailto:x@y",
            " ", "acct:hack ney@localhost", "http://"})
    void malformedResourcesAreBadRequests(String resource) {
        assertThat(webfinger(resource).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAccountsAndOtherDomainsAreNotFound() {
        assertThat(webfinger("acct:nobody@" + authority()).statusCode()).isEqualTo(404);
        assertThat(webfinger("acct:hackney@mastodon.example").statusCode()).isEqualTo(404);
        assertThat(webfinger("https://mastodon.example/users/hackney").statusCode()).isEqualTo(404);
        assertThat(webfinger(baseUrl() + "/actors/nobody").statusCode()).isEqualTo(404);
    }

    private static JsonNode link(JsonNode jrd, String rel) {
        for (JsonNode link : jrd.get("links")) {
            if (rel.equals(link.get("rel").asText())) {
                return link;
            }
        }
        throw new AssertionError("no link with rel " + rel + " in " + jrd);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
