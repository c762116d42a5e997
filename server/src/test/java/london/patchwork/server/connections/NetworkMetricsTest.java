package london.patchwork.server.connections;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The network's metrics against values worked out by hand (and as NetworkX gives them) on small graphs. */
class NetworkMetricsTest {

    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

    private static Network network(List<String> keys, String... ties) {
        List<Network.Node> nodes = keys.stream().map(key -> new Network.Node(key, key, "organisation",
                "associations", null, null, key, true)).toList();
        List<Network.Link> links = new ArrayList<>();
        for (String tie : ties) {
            String[] ends = tie.split("-");
            links.add(new Network.Link(links.size() + 1, ends[0], ends[1], "partners-with", true, 3, true));
        }
        return new Network(nodes, links);
    }

    @Test
    void aPath() {
        NetworkFigures figures = NetworkMetrics.compute(network(List.of("a", "b", "c", "d"), "a-b", "b-c", "c-d"), AT);
        NetworkFigures.Node a = figures.nodes().get("a");
        NetworkFigures.Node b = figures.nodes().get("b");
        assertThat(a.degree()).isEqualTo(1);
        assertThat(b.degree()).isEqualTo(2);
        // b lies between a–c and a–d: 2 of the 3 pairs without it.
        assertThat(b.betweenness()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(a.betweenness()).isZero();
        assertThat(a.closeness()).isCloseTo(3.0 / 6, within(1e-9));
        assertThat(b.closeness()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(b.clustering()).isZero();
        assertThat(a.core()).isEqualTo(1);
        NetworkFigures.Whole whole = figures.whole();
        assertThat(whole.nodes()).isEqualTo(4);
        assertThat(whole.ties()).isEqualTo(3);
        assertThat(whole.density()).isCloseTo(0.5, within(1e-9));
        assertThat(whole.components()).isEqualTo(1);
        assertThat(whole.bridges()).isEqualTo(3);
        assertThat(whole.cutPoints()).isEqualTo(2);
        assertThat(figures.weaving().periphery()).containsExactly("a", "d");
        assertThat(figures.weaving().brokers()).extracting(NetworkFigures.Broker::key).containsExactly("b", "c");
    }

    @Test
    void aStar() {
        NetworkFigures figures = NetworkMetrics.compute(network(List.of("hub", "l1", "l2", "l3", "l4"),
                "hub-l1", "hub-l2", "hub-l3", "hub-l4"), AT);
        NetworkFigures.Node hub = figures.nodes().get("hub");
        NetworkFigures.Node leaf = figures.nodes().get("l3");
        assertThat(hub.degree()).isEqualTo(4);
        assertThat(hub.betweenness()).isCloseTo(1.0, within(1e-9));
        assertThat(leaf.betweenness()).isZero();
        assertThat(hub.closeness()).isCloseTo(1.0, within(1e-9));
        assertThat(leaf.closeness()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(hub.clustering()).isZero();
        assertThat(figures.whole().density()).isCloseTo(0.4, within(1e-9));
        assertThat(figures.whole().averageClustering()).isZero();
        assertThat(figures.weaving().cutPoints()).containsExactly(new NetworkFigures.Split("hub", List.of(1, 1, 1, 1)));
        assertThat(figures.weaving().periphery()).containsExactly("l1", "l2", "l3", "l4");
    }

    @Test
    void twoCliquesJoinedByABridge() {
        List<String> keys = List.of("x0", "x1", "x2", "x3", "y0", "y1", "y2", "y3");
        List<String> ties = new ArrayList<>();
        for (String side : List.of("x", "y")) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < i; j++) {
                    ties.add(side + j + "-" + side + i);
                }
            }
        }
        ties.add("x0-y0");
        NetworkFigures figures = NetworkMetrics.compute(network(keys, ties.toArray(String[]::new)), AT);
        NetworkFigures.Node x0 = figures.nodes().get("x0");
        NetworkFigures.Node x1 = figures.nodes().get("x1");
        // x0 lies between each of x1..x3 and each of y0..y3: 12 of the 21 pairs without it.
        assertThat(x0.betweenness()).isCloseTo(12.0 / 21, within(1e-9));
        assertThat(x1.betweenness()).isZero();
        assertThat(x0.clustering()).isCloseTo(0.5, within(1e-9));
        assertThat(x1.clustering()).isCloseTo(1.0, within(1e-9));
        assertThat(x0.closeness()).isCloseTo(7.0 / 10, within(1e-9));
        assertThat(x1.closeness()).isCloseTo(7.0 / 14, within(1e-9));
        assertThat(x0.core()).isEqualTo(3);
        assertThat(x0.community()).isNotEqualTo(figures.nodes().get("y0").community());
        NetworkFigures.Whole whole = figures.whole();
        assertThat(whole.averageClustering()).isCloseTo(7.0 / 8, within(1e-9));
        assertThat(whole.density()).isCloseTo(13.0 / 28, within(1e-9));
        assertThat(whole.bridges()).isEqualTo(1);
        assertThat(whole.cutPoints()).isEqualTo(2);
        assertThat(whole.maxCore()).isEqualTo(3);
        assertThat(whole.coreSize()).isEqualTo(8);
        assertThat(whole.communities()).isEqualTo(2);
        NetworkFigures.BridgeSplit bridge = figures.weaving().bridges().getFirst();
        assertThat(List.of(bridge.from(), bridge.to())).containsExactlyInAnyOrder("x0", "y0");
        assertThat(List.of(bridge.fromSide(), bridge.toSide())).containsExactly(4, 4);
        assertThat(figures.weaving().cutPoints()).contains(new NetworkFigures.Split("x0", List.of(4, 3)));
        assertThat(figures.weaving().brokers()).extracting(NetworkFigures.Broker::key)
                .containsExactlyInAnyOrder("x0", "y0");
        assertThat(figures.weaving().brokers().getFirst().communities()).hasSize(2);
    }

    @Test
    void closenessInAGraphInPiecesIsScaledByWhatANodeReaches() {
        NetworkFigures figures = NetworkMetrics.compute(network(List.of("a", "b", "alone"), "a-b"), AT);
        // a reaches one node at distance 1, one of the two others: (1/1) × (1/2).
        assertThat(figures.nodes().get("a").closeness()).isCloseTo(0.5, within(1e-9));
        assertThat(figures.nodes().get("alone").closeness()).isZero();
        assertThat(figures.whole().components()).isEqualTo(2);
        assertThat(figures.weaving().isolatedClusters()).containsExactly(List.of("alone"));
        assertThat(figures.nodes().get("alone").core()).isZero();
        assertThat(figures.whole().peripherySize()).isEqualTo(1);
    }

    @Test
    void theSameNetworkIsAlwaysDrawnTheSameWay() {
        Network network = network(List.of("a", "b", "c", "d"), "a-b", "b-c", "c-d", "d-a");
        NetworkFigures first = NetworkMetrics.compute(network, AT);
        assertThat(first.layout()).hasSize(4).allSatisfy((key, point) -> {
            assertThat(point.x()).isBetween(0.0, NetworkLayout.SIZE);
            assertThat(point.y()).isBetween(0.0, NetworkLayout.SIZE);
        });
        assertThat(NetworkMetrics.compute(network, AT).layout()).isEqualTo(first.layout());
        assertThat(first.layout().get("a")).isNotEqualTo(first.layout().get("c"));
    }
}
