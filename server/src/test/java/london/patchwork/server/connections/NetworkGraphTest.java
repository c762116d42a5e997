package london.patchwork.server.connections;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The network as a graph: ties merged into one undirected edge per pair, and communities found the same each time. */
class NetworkGraphTest {

    private static Network.Node node(String key) {
        return new Network.Node(key, key, "organisation", "associations", null, null, key, true);
    }

    private static Network.Link link(long id, String from, String to, int strength) {
        return new Network.Link(id, from, to, "partners-with", true, strength, true);
    }

    @Test
    void twoTiesBetweenOnePairAreOneEdgeWeightedByTheStronger() {
        Network network = new Network(List.of(node("a"), node("b")),
                List.of(link(1, "a", "b", 2), link(2, "b", "a", 5)));
        NetworkGraph graph = NetworkGraph.of(network);
        assertThat(graph.graph().edgeSet()).hasSize(1);
        assertThat(graph.graph().getEdgeWeight(graph.graph().getEdge("a", "b"))).isEqualTo(5.0);
    }

    @Test
    void twoCliquesJoinedByABridgeAreTwoCommunities() {
        List<Network.Node> nodes = new ArrayList<>();
        List<Network.Link> links = new ArrayList<>();
        long id = 0;
        for (String side : List.of("x", "y")) {
            for (int i = 0; i < 5; i++) {
                nodes.add(node(side + i));
                for (int j = 0; j < i; j++) {
                    links.add(link(++id, side + j, side + i, 3));
                }
            }
        }
        links.add(link(++id, "x0", "y0", 1));
        Map<String, Integer> communities = NetworkGraph.of(new Network(nodes, links)).communities();
        assertThat(communities.values()).containsOnly(0, 1);
        assertThat(communities.get("x1")).isEqualTo(communities.get("x4")).isNotEqualTo(communities.get("y3"));
        assertThat(communities.get("y1")).isEqualTo(communities.get("y4"));
        assertThat(NetworkGraph.of(new Network(nodes, links)).communities()).isEqualTo(communities);
    }
}
