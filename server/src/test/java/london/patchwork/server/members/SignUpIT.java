package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A hub that opens sign-up with approval: anyone may ask, no one signs in until an organiser approves. */
@MicronautTest(transactional = false)
class SignUpIT extends HubTest {

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(super.getProperties());
            properties.put("patchwork.hub.registrations", "approval");
        }
        return properties;
    }

    @Test
    void aSignUpWaitsForAnOrganiserThenSignsIn() {
        TestMembers.SignedIn visitor = new TestMembers.SignedIn(http(), null);
        HttpResponse<String> page = visitor.get("/sign-up", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"reason\"");

        HttpResponse<String> noReason = visitor.form("/sign-up", Map.of("handle", "tenant_amy",
                "displayName", "Amy", "email", "amy@example.org", "password", "estate-meeting-2026"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"reason-error\"").contains("value=\"tenant_amy\"");

        HttpResponse<String> asked = visitor.form("/sign-up", Map.of("handle", "tenant_amy", "displayName", "Amy",
                "email", "amy@example.org", "password", "estate-meeting-2026",
                "reason", "I chair the Pembury tenants' association."));
        assertThat(asked.statusCode()).isEqualTo(202);

        HttpResponse<String> tooSoon = visitor.form("/sign-in", Map.of("identifier", "tenant_amy",
                "password", "estate-meeting-2026"));
        assertThat(tooSoon.statusCode()).isEqualTo(403);
        assertThat(tooSoon.body()).contains("waiting for approval");
        assertThat(http().get("/api/v1/directory", "application/json").body()).doesNotContain("tenant_amy");

        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        HttpResponse<String> queue = olu.get("/organise/members", "text/html");
        assertThat(queue.body()).contains("id=\"waiting\"").contains("Pembury tenants");
        String id = waitingId();
        HttpResponse<String> approved = olu.form("/organise/members/" + id + "/approve", Map.of());
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("is approved");

        HttpResponse<String> signedIn = visitor.form("/sign-in", Map.of("identifier", "tenant_amy",
                "password", "estate-meeting-2026"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
    }

    @Test
    void aTurnedAwaySignUpFreesItsHandle() {
        TestMembers.SignedIn visitor = new TestMembers.SignedIn(http(), null);
        Map<String, String> form = Map.of("handle", "spam_bot", "displayName", "Cheap pills",
                "email", "bot@example.com", "password", "buy-now-buy-now", "reason", "great offers");
        assertThat(visitor.form("/sign-up", form).statusCode()).isEqualTo(202);
        String id = idOf("spam_bot");
        assertThat(organiser("POST", "/api/admin/members/" + id + "/reject").statusCode()).isEqualTo(204);
        assertThat(organiser("POST", "/api/admin/members/" + id + "/reject").statusCode()).isEqualTo(404);
        assertThat(http().get("/@spam_bot", "text/html").statusCode()).isEqualTo(404);
        assertThat(visitor.form("/sign-up", form).statusCode()).as("handle and email free again").isEqualTo(202);
    }

    @Test
    void nodeInfoSaysSignUpIsOpen() {
        JsonNode nodeInfo = HttpProbe.json(http().get("/nodeinfo/2.1", "application/json"));
        assertThat(nodeInfo.get("openRegistrations").asBoolean()).isTrue();
        assertThat(nodeInfo.get("metadata").get("registrationsApproval").asBoolean()).isTrue();
    }

    private String waitingId() {
        return idOf("tenant_amy");
    }

    private String idOf(String username) {
        for (JsonNode member : HttpProbe.json(organiser("GET", "/api/admin/members"))) {
            if (member.get("username").asText().equals(username)) {
                assertThat(member.get("approved").asBoolean()).isFalse();
                return member.get("id").asText();
            }
        }
        throw new AssertionError("no sign-up " + username);
    }

    private HttpResponse<String> organiser(String method, String path) {
        return http().send(HttpRequest.newBuilder(http().uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json").header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }
}
