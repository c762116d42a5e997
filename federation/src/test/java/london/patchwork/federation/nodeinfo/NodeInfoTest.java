package london.patchwork.federation.nodeinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.OptionalLong;
import london.patchwork.federation.fetch.testing.JsonMutations;
import london.patchwork.federation.fetch.testing.TestJson;
import org.junit.jupiter.api.Test;

class NodeInfoTest {

    private static final ObjectMapper JSON = TestJson.MAPPER;

    static JsonNode fixture(String name) {
        return TestJson.fixture("nodeinfo/" + name);
    }

    @Test
    void readsEveryFieldOf21() throws Exception {
        NodeInfo info = NodeInfo.parse(fixture("hub-2.1.json"));

        assertThat(info.version()).isEqualTo("2.1");
        assertThat(info.software()).isEqualTo(new NodeInfo.Software("patchwork", "0.1.0",
                URI.create("https://code.example/patchwork/patchwork"), URI.create("https://patchwork.example/")));
        assertThat(info.speaksActivityPub()).isTrue();
        assertThat(info.services().outbound()).containsExactly("atom1.0", "rss2.0");
        assertThat(info.openRegistrations()).isFalse();
        assertThat(info.usage().users().total()).hasValue(412);
        assertThat(info.usage().users().activeMonth()).hasValue(97);
        assertThat(info.usage().users().activeHalfyear()).hasValue(240);
        assertThat(info.usage().localPosts()).hasValue(5120);
        assertThat(info.usage().localComments()).hasValue(830);
        assertThat(info.nodeName()).contains("Hackney Community Hub");
        assertThat(info.metadata().get("features")).hasSize(3);
    }

    @Test
    void reads20AndTreatsOddCountsAsUnknown() throws Exception {
        NodeInfo info = NodeInfo.parse(fixture("microblog-2.0.json"));

        assertThat(info.version()).isEqualTo("2.0");
        assertThat(info.software().repositoryUrl()).isEmpty();
        assertThat(info.openRegistrations()).isTrue();
        assertThat(info.usage().users().total()).hasValue(1500);
        assertThat(info.usage().users().activeMonth()).isEqualTo(OptionalLong.empty());
        assertThat(info.usage().users().activeHalfyear()).isEmpty();
        assertThat(info.usage().localPosts()).isEmpty();
        assertThat(info.usage().localComments()).isEmpty();
        assertThat(info.nodeName()).isEmpty();
    }

    @Test
    void writes21ThatReadsBackTheSame() throws Exception {
        NodeInfo original = NodeInfo.parse(fixture("hub-2.1.json"));

        JsonNode written = JSON.readTree(JSON.writeValueAsString(original.toJson()));

        assertThat(written.get("version").asText()).isEqualTo("2.1");
        assertThat(NodeInfo.parse(written)).isEqualTo(original);
    }

    @Test
    void aWritten20DocumentBecomes21() throws Exception {
        NodeInfo old = NodeInfo.parse(fixture("microblog-2.0.json"));

        JsonNode written = old.toJson();

        assertThat(written.get("version").asText()).isEqualTo("2.1");
        assertThat(written.get("usage").get("users").has("activeMonth")).isFalse();
        assertThat(written.get("software").has("repository")).isFalse();
    }

    @Test
    void metadataIsACopy() throws Exception {
        NodeInfo info = NodeInfo.parse(fixture("hub-2.1.json"));

        info.metadata().put("nodeName", "changed");

        assertThat(NodeInfo.parse(fixture("hub-2.1.json")).nodeName()).contains("Hackney Community Hub");
    }

    @Test
    void rejectsDocumentsWithoutVersionOrSoftwareName() {
        for (String json : new String[] {"[]", "{}", "{\"version\":\"1.0\",\"software\":{\"name\":\"x\"}}",
                "{\"version\":2.1,\"software\":{\"name\":\"x\"}}", "{\"version\":\"2.1\"}",
                "{\"version\":\"2.1\",\"software\":\"x\"}", "{\"version\":\"2.1\",\"software\":{\"name\":\" \"}}"}) {
            assertThatThrownBy(() -> NodeInfo.parse(JSON.readTree(json))).as(json).isInstanceOf(NodeInfoException.class);
        }
    }

    @Test
    void damagedDocumentsRaiseOnlyTheTypedException() throws Exception {
        int parsed = 0;
        int refused = 0;
        for (JsonNode damaged : new JsonMutations(21).of(fixture("hub-2.1.json"), 2000)) {
            try {
                NodeInfo info = NodeInfo.parse(damaged);
                info.toJson();
                info.nodeName();
                parsed++;
            } catch (NodeInfoException expected) {
                refused++;
            }
        }
        assertThat(parsed + refused).isEqualTo(2000);
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }
}
