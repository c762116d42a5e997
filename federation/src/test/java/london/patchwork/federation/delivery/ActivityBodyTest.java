package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
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
    void aRecordWrittenByTheVocabularyLosesItsBlindRecipientsOnlyInTheBody() throws Exception {
        URI hub = URI.create("https://hackney.example/users/hackney");
        URI followers = URI.create("https://hackney.example/users/hackney/followers");
        URI secret = URI.create("https://mastodon.example/users/secret");
        Note note = new Note(URI.create("https://hackney.example/notes/2"),
                ObjectFields.builder().content("psst").bto(List.of(Ref.to(secret))).build(), Extras.EMPTY);
        Create create = new Create(URI.create("https://hackney.example/notes/2/create"),
                ObjectFields.builder().to(followers).bcc(List.of(Ref.to(secret))).build(),
                ActivityFields.of(hub, note), Extras.EMPTY);
        ActivityJson json = ActivityJson.withDefaultLimits();

        JsonNode wire = AudienceTest.JSON.readTree(ActivityBody.serialize(json.toJson(create)));

        assertThat(wire.has("bcc")).isFalse();
        assertThat(wire.at("/object").has("bto")).isFalse();
        assertThat(wire.at("/object/content").asText()).isEqualTo("psst");
        assertThat(wire.at("/to/0").asText()).isEqualTo(followers.toString());
        // the record itself still knows them, for computing recipients, and the canonical JSON keeps them
        assertThat(create.bcc()).extracting(Ref::id).containsExactly(secret);
        assertThat(json.toJson(create).has("bcc")).isTrue();
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
