package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a review of the members' surfaces asked for: a new password ends the apps too, a report form shows only a post
 * anyone may read, a moderator cannot lock out an organiser, and every page refuses framing and foreign scripts.
 */
@MicronautTest(transactional = false)
class AccountSafetyIT extends HubTest {

    private TestMembers.SignedIn olu;
    private TestMembers.SignedIn mo;
    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void members() {
        olu = TestMembers.OLU.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    @Test
    void changingThePasswordEndsEveryAppToken() {
        AppAuthorisations.App app = AppAuthorisations.register(http(), "Ivory", AppAuthorisations.OOB, "read");
        String code = AppAuthorisations.authorise(grace, AppAuthorisations.authorizePath(app, AppAuthorisations.OOB,
                "read", null, null));
        String token = AppAuthorisations.exchange(http(), app, code, AppAuthorisations.OOB, null);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(200);

        HttpResponse<String> changed = grace.form("/account/password", Map.of("current",
                TestMembers.GRACE.password(), "password", "a-completely-new-password"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aReportFormShowsAPostOnlyWhenAnyoneMayReadIt() {
        JsonNode open = olu.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Open meeting on Tuesday\"}");
        JsonNode closed = olu.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"Door code for the hall is 4711\",\"visibility\":\"direct\"}");
        String account = open.get("account").get("id").asText();

        HttpResponse<String> openForm = ada.get("/reports/new?account=" + account + "&status="
                + open.get("id").asText(), "text/html");
        assertThat(openForm.statusCode()).isEqualTo(200);
        assertThat(openForm.body()).contains("Open meeting on Tuesday");
        HttpResponse<String> closedForm = ada.get("/reports/new?account=" + account + "&status="
                + closed.get("id").asText(), "text/html");
        assertThat(closedForm.statusCode()).isEqualTo(200);
        assertThat(closedForm.body()).doesNotContain("4711");
    }

    @Test
    void aModeratorCannotSuspendAnOrganiserButAnOrganiserCanSuspendAMember() {
        String oluId = olu.jsonOk("GET", "/api/v1/accounts/verify_credentials", null).get("id").asText();
        HttpResponse<String> refused = mo.json("POST", "/api/v1/admin/accounts/" + oluId + "/action",
                "{\"type\":\"suspend\",\"text\":\"taking over\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(refused).get("error").asText()).contains("only an organiser");
        assertThat(olu.get("/account", "text/html").statusCode()).isEqualTo(200);

        String hubId = HttpProbe.json(http().send(HttpRequest.newBuilder(http().uri("/api/v1/accounts/lookup?acct="
                        + TestHubs.HACKNEY.username())).GET().header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN))).get("id").asText();
        assertThat(olu.json("POST", "/api/v1/admin/accounts/" + hubId + "/action",
                "{\"type\":\"silence\",\"text\":\"oops\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void pagesRefuseFramingAndForeignScripts() {
        for (String path : new String[]{"/", "/sign-in", "/members", "/@ada"}) {
            HttpResponse<String> page = http().get(path, "text/html");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self'").contains("frame-ancestors 'none'");
        }
    }
}
