package london.patchwork.server.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.AppAuthorisations.App;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static london.patchwork.server.testing.AppAuthorisations.authorizePath;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering apps, the documents apps read first, markers, and a member's list of authorised apps. */
@MicronautTest(transactional = false)
class AppsApiIT extends HubTest {

    private static final String CALLBACK = "https://elk.example/oauth/callback";

    @Test
    void appsRegisterWithJsonOrAFormAndBadRedirectsOrScopesAreRefused() {
        App json = AppAuthorisations.register(http(), "Elk", CALLBACK, "read write push");
        assertThat(json.json().get("name").asText()).isEqualTo("Elk");
        assertThat(json.json().get("redirect_uri").asText()).isEqualTo(CALLBACK);
        assertThat(json.json().get("redirect_uris").get(0).asText()).isEqualTo(CALLBACK);
        assertThat(json.json().get("scopes").asText()).isEqualTo("read write push");
        assertThat(json.json().get("client_secret_expires_at").asInt()).isZero();
        assertThat(json.clientId()).hasSize(43);

        HttpResponse<String> asArray = post("application/json", "{\"client_name\":\"Phanpy\",\"redirect_uris\":"
                + "[\"https://phanpy.example/\",\"urn:ietf:wg:oauth:2.0:oob\"]}");
        assertThat(asArray.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(asArray).get("redirect_uris")).hasSize(2);
        assertThat(HttpProbe.json(asArray).get("scopes").asText()).isEqualTo("read");

        HttpResponse<String> form = post("application/x-www-form-urlencoded",
                "client_name=Tusky&redirect_uris=tusky%3A%2F%2Foauth&scopes=read+write+follow+push"
                        + "&website=https%3A%2F%2Ftusky.app");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(HttpProbe.json(form).get("redirect_uri").asText()).isEqualTo("tusky://oauth");
        assertThat(HttpProbe.json(form).get("website").asText()).isEqualTo("https://tusky.app");

        for (String bad : new String[]{"javascript:alert(1)", "data:text/html,hi", "/relative", "https:///nohost"}) {
            HttpResponse<String> refused = post("application/json", "{\"client_name\":\"Bad\",\"redirect_uris\":\""
                    + bad + "\"}");
            assertThat(refused.statusCode()).as(bad).isEqualTo(422);
            assertThat(HttpProbe.json(refused).get("error").asText()).as(bad).contains("redirect_uris");
        }
        HttpResponse<String> unknownScope = post("application/json",
                "{\"client_name\":\"X\",\"redirect_uris\":\"" + CALLBACK + "\",\"scopes\":\"read admin:write\"}");
        assertThat(unknownScope.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(unknownScope).get("error").asText()).contains("admin:write");
        HttpResponse<String> noName = post("application/json", "{\"redirect_uris\":\"" + CALLBACK + "\"}");
        assertThat(noName.statusCode()).isEqualTo(422);
    }

    @Test
    void theInstanceDocumentsAndCustomEmojisAreInMastodonsShapes() {
        JsonNode v1 = HttpProbe.json(http().get("/api/v1/instance", "application/json"));
        assertThat(v1.get("version").asText()).startsWith("4.3.0 (compatible; Patchwork ");
        assertThat(v1.get("registrations").asBoolean()).isFalse();
        assertThat(v1.get("contact_account").get("username").asText()).isEqualTo("hackney");
        assertThat(v1.get("configuration").get("statuses").get("max_characters").asInt()).isEqualTo(5000);
        assertThat(v1.get("uri").asText()).isEqualTo(baseUrl().substring("http://".length()));

        JsonNode v2 = HttpProbe.json(http().get("/api/v2/instance", "application/json"));
        assertThat(v2.get("domain").asText()).isEqualTo(baseUrl().substring("http://".length()));
        assertThat(v2.get("registrations").get("enabled").asBoolean()).isFalse();
        assertThat(v2.get("contact").get("account").get("acct").asText()).isEqualTo("hackney");
        assertThat(v2.get("configuration").get("urls").get("streaming").asText()).startsWith("ws://");

        assertThat(http().get("/api/v1/custom_emojis", "application/json").body()).isEqualTo("[]");
    }

    @Test
    void markersAreKeptPerTimelineAndCountTheirVersions() {
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        JsonNode first = mo.jsonOk("POST", "/api/v1/markers", "{\"home\":{\"last_read_id\":\"103\"}}");
        assertThat(first.get("home").get("last_read_id").asText()).isEqualTo("103");
        assertThat(first.get("home").get("version").asInt()).isEqualTo(1);
        JsonNode second = mo.jsonOk("POST", "/api/v1/markers", "{\"home\":{\"last_read_id\":\"104\"},"
                + "\"notifications\":{\"last_read_id\":\"9\"}}");
        assertThat(second.get("home").get("version").asInt()).isEqualTo(2);
        JsonNode both = mo.jsonOk("GET", "/api/v1/markers?timeline[]=home&timeline[]=notifications", null);
        assertThat(both.get("home").get("last_read_id").asText()).isEqualTo("104");
        assertThat(both.get("notifications").get("last_read_id").asText()).isEqualTo("9");
        assertThat(both.get("home").get("updated_at").asText()).endsWith("Z");
        assertThat(mo.json("POST", "/api/v1/markers", "{}").statusCode()).isEqualTo(422);

        // Tusky posts a form.
        HttpResponse<String> asForm = mo.http().send(HttpRequest.newBuilder(mo.http().uri("/api/v1/markers"))
                .POST(HttpRequest.BodyPublishers.ofString("notifications%5Blast_read_id%5D=12"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", mo.sessionCookie()));
        assertThat(asForm.statusCode()).as(asForm.body()).isEqualTo(200);
        assertThat(HttpProbe.json(asForm).get("notifications").get("last_read_id").asText()).isEqualTo("12");
        assertThat(HttpProbe.json(asForm).get("notifications").get("version").asInt()).isEqualTo(2);
        assertThat(new TestMembers.SignedIn(http(), null).json("GET", "/api/v1/markers", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aMemberSeesTheAppsTheyAuthorisedAndRevokingOneEndsItsTokens() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        assertThat(grace.get("/account", "text/html").body()).contains("href=\"/account/apps\"");
        assertThat(grace.get("/account/apps", "text/html").body()).contains("You have not authorised any apps");

        App app = AppAuthorisations.register(http(), "Ivory", CALLBACK, "read write follow");
        String code = AppAuthorisations.authorise(grace, authorizePath(app, CALLBACK, "read write", null, null));
        String token = AppAuthorisations.exchange(http(), app, code, CALLBACK, null);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(200);

        String page = grace.get("/account/apps", "text/html").body();
        assertThat(page).contains("Ivory").contains("https://app.example").contains("read everything in your account");
        assertThat(page).doesNotContain("last used\n                            never");
        Matcher revoke = Pattern.compile("action=\"(/account/apps/\\d+/revoke)\"").matcher(page);
        assertThat(revoke.find()).isTrue();

        HttpResponse<String> forged = http().send(HttpRequest.newBuilder(http().uri(revoke.group(1)))
                .POST(HttpRequest.BodyPublishers.ofString("")).header("Cookie", grace.sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(200);

        HttpResponse<String> revoked = grace.form(revoke.group(1), Map.of());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("Ivory can no longer use your account");
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(401);
        assertThat(grace.get("/account/apps", "text/html").body()).contains("You have not authorised any apps");
    }

    private HttpResponse<String> post(String contentType, String body) {
        return http().send(HttpRequest.newBuilder(http().uri("/api/v1/apps"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
                .header("Accept", "application/json"));
    }
}
