package london.patchwork.federation.nodeinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import london.patchwork.federation.fetch.testing.JsonMutations;
import org.junit.jupiter.api.Test;

class NodeInfoDiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prefers21AndFindsTheApplicationActor() throws Exception {
        NodeInfoDiscovery discovery = NodeInfoDiscovery.parse(NodeInfoTest.fixture("discovery.json"));

        assertThat(discovery.links()).hasSize(3);
        assertThat(discovery.schemaUrl()).contains(URI.create("https://hub.example/nodeinfo/2.1"));
        assertThat(discovery.applicationActor()).contains(URI.create("https://hub.example/actor"));
    }

    @Test
    void fallsBackTo20AndIgnoresNonHttpLinks() throws Exception {
        NodeInfoDiscovery discovery = NodeInfoDiscovery.parse(JSON.readTree("{\"links\":["
                + "{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.1\",\"href\":\"file:///etc/passwd\"},"
                + "{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.0\",\"href\":\"https://old.example/ni\"}]}"));

        assertThat(discovery.schemaUrl()).contains(URI.create("https://old.example/ni"));
        assertThat(discovery.applicationActor()).isEmpty();
    }

    @Test
    void roundTripsWhatAServerPublishes() throws Exception {
        NodeInfoDiscovery published = NodeInfoDiscovery.forServer(URI.create("https://hub.example/nodeinfo/2.1"),
                URI.create("https://hub.example/actor"));

        NodeInfoDiscovery read = NodeInfoDiscovery.parse(JSON.readTree(JSON.writeValueAsString(published.toJson())));

        assertThat(read).isEqualTo(published);
        assertThat(read.applicationActor()).contains(URI.create("https://hub.example/actor"));
    }

    @Test
    void rejectsDocumentsWithoutALinksArray() {
        for (String json : new String[] {"[]", "{}", "{\"links\":{}}", "{\"links\":\"x\"}"}) {
            assertThatThrownBy(() -> NodeInfoDiscovery.parse(JSON.readTree(json))).isInstanceOf(NodeInfoException.class);
        }
    }

    @Test
    void damagedDocumentsRaiseOnlyTheTypedException() throws Exception {
        int outcomes = 0;
        for (JsonNode damaged : new JsonMutations(3).of(NodeInfoTest.fixture("discovery.json"), 1000)) {
            try {
                NodeInfoDiscovery discovery = NodeInfoDiscovery.parse(damaged);
                discovery.schemaUrl();
                discovery.applicationActor();
            } catch (NodeInfoException expected) {
                assertThat(expected).hasMessageContaining("discovery");
            }
            outcomes++;
        }
        assertThat(outcomes).isEqualTo(1000);
    }
}
