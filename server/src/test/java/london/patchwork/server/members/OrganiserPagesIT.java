package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisers change roles, make password reset links and invitations, by page and by API; no one else can. */
@MicronautTest(transactional = false)
class OrganiserPagesIT extends HubTest {

    private static final Pattern READONLY_LINK = Pattern.compile("readonly value=\"([^\"]+)\"");

    private TestMembers.SignedIn olu;
    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void members() {
        olu = TestMembers.OLU.join(baseUrl());
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndSignsTheMemberOutEverywhere() {
        String id = memberId("grace");
        assertThat(ada.json("POST", "/api/admin/members/" + id + "/password_reset", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> made = api("POST", "/api/admin/members/" + id + "/password_reset");
        assertThat(made.statusCode()).isEqualTo(201);
        String link = URI.create(HttpProbe.json(made).get("url").asText()).getPath();

        TestMembers.SignedIn visitor = new TestMembers.SignedIn(http(), null);
        HttpResponse<String> page = visitor.get(link, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        HttpResponse<String> tooShort = visitor.form(link, Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("id=\"password-error\"");

        HttpResponse<String> done = visitor.form(link, Map.of("password", "a-brand-new-password"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(grace.get("/account", "text/html").statusCode()).isEqualTo(303);
        assertThat(visitor.form(link, Map.of("password", "yet-another-password")).statusCode()).isEqualTo(410);
        assertThat(visitor.get("/password-reset/not-a-real-token", "text/html").statusCode()).isEqualTo(404);

        HttpResponse<String> signIn = visitor.form("/sign-in", Map.of("identifier", "grace",
                "password", "a-brand-new-password"));
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(Sessions.COOKIE + "="));
    }

    @Test
    void anOrganiserChangesARoleOnThePageButTheHubKeepsAnOrganiser() {
        String adaId = memberId("ada");
        HttpResponse<String> changed = olu.form("/organise/members/" + adaId + "/role", Map.of("role", "moderator"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("@ada is now a moderator.");
        assertThat(role("ada")).isEqualTo("moderator");

        HttpResponse<String> lastOrganiser = olu.form("/organise/members/" + memberId("olu") + "/role",
                Map.of("role", "member"));
        assertThat(lastOrganiser.statusCode()).isEqualTo(409);
        assertThat(lastOrganiser.body()).contains("at least one organiser");
        assertThat(role("olu")).isEqualTo("organiser");

        assertThat(api("PUT", "/api/admin/members/" + adaId + "/role", "{\"role\":\"captain\"}").statusCode())
                .isEqualTo(422);
        assertThat(api("PUT", "/api/admin/members/" + adaId + "/role", "{\"role\":\"member\"}").statusCode())
                .isEqualTo(200);
        assertThat(role("ada")).isEqualTo("member");
    }

    @Test
    void onlyOrganisersOpenTheOrganisersPages() {
        assertThat(olu.get("/organise/members", "text/html").statusCode()).isEqualTo(200);
        assertThat(olu.get("/account", "text/html").body()).contains("id=\"organise-members\"")
                .contains("id=\"moderation\"");
        assertThat(ada.get("/organise/members", "text/html").statusCode()).isEqualTo(403);
        assertThat(ada.get("/account", "text/html").body()).doesNotContain("id=\"organise-members\"")
                .doesNotContain("id=\"moderation\"");
        assertThat(ada.form("/organise/members/" + memberId("ada") + "/role", Map.of("role", "organiser"))
                .statusCode()).isEqualTo(403);
        assertThat(role("ada")).isNotEqualTo("organiser");
        HttpResponse<String> anonymous = new TestMembers.SignedIn(http(), null).get("/organise/invitations",
                "text/html");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void signUpIsClosedUnlessTheHubOpensIt() {
        HttpResponse<String> closed = http().get("/sign-up", "text/html");
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(closed.body()).contains("Sign-up is closed");
        assertThat(new TestMembers.SignedIn(http(), null).form("/sign-up", Map.of("handle", "walk_in",
                "email", "walk@example.org", "password", "let-me-in-please")).statusCode()).isEqualTo(404);
        assertThat(HttpProbe.json(http().get("/nodeinfo/2.1", "application/json")).get("openRegistrations")
                .asBoolean()).isFalse();
    }

    @Test
    void anOrganiserMakesAnInvitationOnThePage() {
        HttpResponse<String> refused = olu.form("/organise/invitations", Map.of("role", "moderator", "days", "0",
                "note", "for the food bank"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"days-error\"").contains("value=\"for the food bank\"");

        HttpResponse<String> made = olu.form("/organise/invitations", Map.of("role", "moderator", "days", "3",
                "note", "for the food bank"));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher link = READONLY_LINK.matcher(made.body());
        assertThat(link.find()).isTrue();
        assertThat(made.body()).contains("id=\"open-invitations\"").contains("for the food bank");
        HttpResponse<String> invitation = http().get(URI.create(link.group(1)).getPath(), "text/html");
        assertThat(invitation.statusCode()).isEqualTo(200);
        assertThat(invitation.body()).contains("as a moderator");
    }

    private String memberId(String username) {
        for (JsonNode member : HttpProbe.json(api("GET", "/api/admin/members"))) {
            if (member.get("username").asText().equals(username)) {
                return member.get("id").asText();
            }
        }
        throw new AssertionError("no member " + username);
    }

    private String role(String username) {
        for (JsonNode member : HttpProbe.json(api("GET", "/api/admin/members"))) {
            if (member.get("username").asText().equals(username)) {
                return member.get("role").asText();
            }
        }
        throw new AssertionError("no member " + username);
    }

    private HttpResponse<String> api(String method, String path) {
        return api(method, path, null);
    }

    private HttpResponse<String> api(String method, String path, String json) {
        return http().send(HttpRequest.newBuilder(http().uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }
}
