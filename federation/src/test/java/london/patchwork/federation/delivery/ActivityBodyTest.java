package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActivityBodyTest {

    @Test
    void removesBtoAndBccAtEveryLevelAndLeavesTheOriginalAlone() throws Exception {
        JsonNode activity = AudienceTest.fixture("create-note-followers-only.json");

        ObjectNode stripped = ActivityBody.withoutBlindRecipients(activity);

        assertThat(stripped.has("bcc")).isFalse();
        assertThat(stripped.get("object").has("bto")).isFalse();
        assertThat(stripped.get("object").has("bcc")).isFalse();
        assertThat(stripped.get("object").get("tag").get(0).has("bcc")).isFalse();
        assertThat(stripped.get("object").get("content").asText()).isEqualTo("<p>Repair café on Saturday</p>");
        assertThat(stripped.get("cc")).hasSize(4);
        assertThat(activity.has("bcc")).isTrue();
    }

    @Test
    void serialisesCompactUtf8WithoutBlindRecipients() throws Exception {
        byte[] body = ActivityBody.serialize(AudienceTest.fixture("create-note-followers-only.json"));
        String text = new String(body, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\"bcc\"").doesNotContain("\"bto\"").doesNotContain("users/secret")
                .doesNotContain("\n  ").contains("Repair café");
        assertThat(AudienceTest.JSON.readTree(body).get("id").asText())
                .isEqualTo("https://hackney.hub.example/activities/create/42");
    }

    @Test
    void refusesToSendAnActivityTooDeepToStripCompletely() {
        ObjectNode activity = AudienceTest.JSON.createObjectNode();
        ObjectNode level = activity;
        for (int i = 0; i <= ActivityBody.MAX_DEPTH; i++) {
            level = level.putObject("object");
        }
        level.putArray("bcc").add("https://x.example/hidden");

        assertThatThrownBy(() -> ActivityBody.serialize(activity)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deeper");
    }

    @Test
    void refusesSomethingThatIsNotAnActivity() {
        assertThatThrownBy(() -> ActivityBody.serialize(AudienceTest.JSON.getNodeFactory().arrayNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
