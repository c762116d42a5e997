package london.patchwork.server.aggregation;

import london.patchwork.server.connections.ConnectionService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HubNetworkGraphTest {

    private static final String HACKNEY = "http://127.0.0.1:8001";
    private static final String LAMBETH = "http://127.0.0.1:8002";

    private static ConnectionService.WebNode node(String origin, String name) {
        return new ConnectionService.WebNode(origin + "/assets/" + name, name, "place", null, origin + "/assets/"
                + name);
    }

    private static ConnectionService.WebTie tie(long id, ConnectionService.WebNode from, ConnectionService.WebNode to) {
        return new ConnectionService.WebTie(id, from.key(), to.key(), "partners-with", true, 3);
    }

    @Test
    void tiesBetweenTwoOriginsAreBridgesAndTheirEndsBrokers() {
        var garden = node(HACKNEY, "garden");
        var bank = node(HACKNEY, "bank");
        var library = node(LAMBETH, "library");
        var lonely = node(LAMBETH, "lonely");
        // Same host, another port: another hub.
        var other = node("http://127.0.0.1:8003", "hall");
        HubNetworkGraph graph = HubNetworkGraph.of(new ConnectionService.Web(List.of(garden, bank, library, lonely,
                other), List.of(tie(1, garden, bank), tie(2, garden, library), tie(3, bank, library),
                tie(4, garden, other))), null);

        assertThat(graph.ties()).extracting(HubNetworkGraph.Tie::bridge).containsExactly(false, true, true, true);
        assertThat(graph.bridges()).isEqualTo(3);
        assertThat(graph.nodes()).extracting(node -> node.node().name())
                .containsExactly("garden", "bank", "library", "hall");
        assertThat(graph.pairs()).containsExactly(new HubNetworkGraph.Pair(HACKNEY, LAMBETH, 2),
                new HubNetworkGraph.Pair(HACKNEY, "http://127.0.0.1:8003", 1));
        assertThat(graph.brokers().getFirst().node().node().name()).isEqualTo("garden");
        assertThat(graph.brokers().getFirst().hubs()).isEqualTo(2);
        assertThat(graph.brokers().getFirst().ties()).isEqualTo(2);
        assertThat(graph.brokers()).extracting(broker -> broker.node().node().name())
                .containsExactly("garden", "library", "bank", "hall");
    }

    @Test
    void anOriginIsSchemeHostAndPort() {
        assertThat(JoinedHubs.originOf("http://127.0.0.1:8001/users/hackney")).contains(HACKNEY);
        assertThat(JoinedHubs.originOf("HTTPS://Hub.Example/objects/1")).contains("https://hub.example");
        assertThat(JoinedHubs.originOf("urn:uuid:1")).isEmpty();
    }

    @Test
    void aBoxIsFourNumbersInRange() {
        assertThat(HubMapController.box("-0.5,51.2,0.3,51.7")).containsExactly(-0.5, 51.2, 0.3, 51.7);
        for (String wrong : List.of("1,2,3", "a,1,2,3", "0,95,1,96", "1,1,0,0")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HubMapController.box(wrong))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
