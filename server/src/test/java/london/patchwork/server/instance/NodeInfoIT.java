package london.patchwork.server.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class NodeInfoIT extends HubTest {

    @Test
    void discoveryLinksNodeInfo21AndTheApplicationActor() {
        HttpResponse<String> response = http().get("/.well-known/nodeinfo", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode links = HttpProbe.json(response).get("links");
        boolean schema = false;
        boolean application = false;
        for (JsonNode link : links) {
            String rel = link.get("rel").asText();
            if (rel.equals("http://nodeinfo.diaspora.software/ns/schema/2.1")) {
                schema = link.get("href").asText().equals(baseUrl() + "/nodeinfo/2.1");
            }
            if (rel.equals("https://www.w3.org/ns/activitystreams#Application")) {
                application = link.get("href").asText().equals(baseUrl() + "/actor");
            }
        }
        assertThat(schema).as("2.1 schema link").isTrue();
        assertThat(application).as("FEP-2677 application actor link").isTrue();
    }

    @Test
    void nodeInfoDescribesPatchwork() {
        HttpResponse<String> response = http().get("/nodeinfo/2.1", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        // Plain application/json, as Mastodon serves it: GoToSocial ignores a NodeInfo with the profile parameter.
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode document = HttpProbe.json(response);
        assertThat(document.get("version").asText()).isEqualTo("2.1");
        assertThat(document.at("/software/name").asText()).isEqualTo("patchwork");
        assertThat(document.at("/software/version").asText()).isNotBlank().isNotEqualTo("development");
        assertThat(document.get("protocols").get(0).asText()).isEqualTo("activitypub");
        assertThat(document.get("openRegistrations").asBoolean()).isFalse();
        assertThat(document.at("/usage/users/total").asLong()).isEqualTo(1);
        assertThat(document.at("/usage/users/activeMonth").asLong()).isZero();
        assertThat(document.at("/usage/localPosts").asLong()).isZero();

        new HubApi(baseUrl()).publish("First notice", "public");
        JsonNode after = HttpProbe.json(http().get("/nodeinfo/2.1", "application/json"));
        assertThat(after.at("/usage/users/activeMonth").asLong()).isEqualTo(1);
        assertThat(after.at("/usage/localPosts").asLong()).isEqualTo(1);
        assertThat(document.at("/metadata/nodeName").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
    }

    @Test
    void hostMetaPointsAtWebFinger() {
        HttpResponse<String> xml = http().get("/.well-known/host-meta", "application/xrd+xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xrd+xml; charset=utf-8");
        assertThat(xml.body()).contains("rel=\"lrdd\"")
                .contains("template=\"" + baseUrl() + "/.well-known/webfinger?resource={uri}\"");
        JsonNode json = HttpProbe.json(http().get("/.well-known/host-meta.json", "application/json"));
        assertThat(json.at("/links/0/template").asText()).isEqualTo(baseUrl() + "/.well-known/webfinger?resource={uri}");
    }
}
