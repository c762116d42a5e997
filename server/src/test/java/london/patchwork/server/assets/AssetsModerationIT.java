package london.patchwork.server.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With patchwork.assets.moderation on, a member's new asset is listed only once a moderator approves it. */
@MicronautTest(transactional = false)
class AssetsModerationIT extends HubTest {

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(super.getProperties());
            properties.put("patchwork.assets.moderation", "true");
        }
        return properties;
    }

    @Test
    void aMembersAssetWaitsForAModeratorAndAModeratorsDoesNot() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());

        JsonNode moderators = mo.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"group\", \"category\": \"associations\", \"name\": \"Tenants' association\"}");
        assertThat(moderators.get("review").asText()).isEqualTo("approved");
        assertThat(listedNames()).contains("Tenants' association");

        JsonNode waiting = ada.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"skill\", \"category\": \"gifts\", \"name\": \"Ada teaches knitting\"}");
        String id = waiting.get("id").asText();
        assertThat(waiting.get("review").asText()).isEqualTo("pending");
        assertThat(listedNames()).doesNotContain("Ada teaches knitting");
        assertThat(http().get("/api/patchwork/assets/" + id, "application/json").statusCode()).isEqualTo(404);
        assertThat(grace.json("GET", "/api/patchwork/assets/" + id, null).statusCode()).isEqualTo(404);
        assertThat(ada.json("GET", "/api/patchwork/assets/" + id, null).statusCode()).isEqualTo(200);

        assertThat(ada.json("POST", "/api/patchwork/assets/" + id + "/approve", null).statusCode()).isEqualTo(403);
        JsonNode pending = mo.jsonOk("GET", "/api/patchwork/assets/pending", null);
        assertThat(pending.findValuesAsText("id")).containsExactly(id);

        JsonNode approved = mo.jsonOk("POST", "/api/patchwork/assets/" + id + "/approve", null);
        assertThat(approved.get("review").asText()).isEqualTo("approved");
        assertThat(listedNames()).contains("Ada teaches knitting");
        assertThat(http().get("/api/patchwork/assets/" + id, "application/json").statusCode()).isEqualTo(200);

        String rejectedId = ada.jsonOk("POST", "/api/patchwork/assets",
                "{\"kind\": \"skill\", \"category\": \"gifts\", \"name\": \"Ada sells things\"}").get("id").asText();
        assertThat(mo.jsonOk("POST", "/api/patchwork/assets/" + rejectedId + "/reject", null).get("review").asText())
                .isEqualTo("rejected");
        assertThat(listedNames()).doesNotContain("Ada sells things");
        assertThat(mo.jsonOk("GET", "/api/patchwork/assets/pending", null)).isEmpty();
    }

    private java.util.List<String> listedNames() {
        return HttpProbe.json(http().get("/api/patchwork/assets", "application/json")).findValuesAsText("name");
    }
}
