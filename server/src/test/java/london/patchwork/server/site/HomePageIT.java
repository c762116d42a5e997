package london.patchwork.server.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HomePageIT extends HubTest {

    @Test
    void homePageNamesTheHubAndHowToFollowIt() {
        HttpResponse<String> response = http().get("/", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        String authority = baseUrl().substring("http://".length());
        assertThat(response.body())
                .contains("<title>" + TestHubs.HACKNEY.displayName() + "</title>")
                .contains(TestHubs.HACKNEY.summary())
                .contains("@hackney@" + authority)
                .contains("id=\"local-mode\"")
                .contains("<link rel=\"alternate\" type=\"application/activity+json\" href=\""
                        + baseUrl() + "/actors/hackney\">");
    }

    @Test
    void healthReportsUp() {
        HttpResponse<String> response = http().get("/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void stylesheetIsServed() {
        HttpResponse<String> response = http().get("/static/css/patchwork.css", "text/css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("--accent");
    }
}
