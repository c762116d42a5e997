package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkSnapshotsTest {

    private static final Map<String, String> HUBS = Map.of("127.0.0.1:8081", "Hackney", "127.0.0.1:8082", "Lambeth");

    @Test
    void aPathOfThreeIsAllBridges() {
        LabReport.NetworkMetrics m = figures(Set.of("a", "b", "c"), List.of("a-b", "b-c")).metrics();
        assertThat(m.nodes()).isEqualTo(3);
        assertThat(m.ties()).isEqualTo(2);
        assertThat(m.density()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.bridges()).isEqualTo(2);
        assertThat(m.clusters()).isEqualTo(1);
        assertThat(m.maxCore()).isEqualTo(1);
        assertThat(m.coreSize()).isEqualTo(3);
        assertThat(m.peripherySize()).isZero();
        assertThat(m.averageClustering()).isZero();
    }

    @Test
    void twoTrianglesJoinedByOneTieHaveOneBridgeAndACoreOfTwo() {
        NetworkFigures figures = figures(Set.of("a", "b", "c", "d", "e", "f"),
                List.of("a-b", "b-c", "c-a", "d-e", "e-f", "f-d", "c-d"));
        LabReport.NetworkMetrics m = figures.metrics();
        assertThat(m.ties()).isEqualTo(7);
        assertThat(m.density()).isCloseTo(7.0 / 15, within(1e-9));
        assertThat(m.bridges()).isEqualTo(1);
        assertThat(figures.bridges()).containsExactly(NetworkFigures.pair("c", "d"));
        assertThat(m.clusters()).isEqualTo(1);
        // Label propagation may merge two triangles over one tie; what matters is that a seed always gives the same.
        assertThat(m.communities()).isBetween(1, 2);
        assertThat(figures(Set.of("a", "b", "c", "d", "e", "f"),
                List.of("a-b", "b-c", "c-a", "d-e", "e-f", "f-d", "c-d")).metrics()).isEqualTo(m);
        assertThat(m.maxCore()).isEqualTo(2);
        assertThat(m.coreSize()).isEqualTo(6);
        // Four corners of a closed triangle (1) and the two ends of the bridge (1 of 3 neighbour pairs tied).
        assertThat(m.averageClustering()).isCloseTo((4 + 2 / 3.0) / 6, within(1e-9));
    }

    @Test
    void aCliqueOfFourWithATailHasACoreAndAPeriphery() {
        LabReport.NetworkMetrics m = figures(Set.of("a", "b", "c", "d", "e", "f", "g"),
                List.of("a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e", "e-f")).metrics();
        assertThat(m.maxCore()).isEqualTo(3);
        assertThat(m.coreSize()).isEqualTo(4);
        assertThat(m.peripherySize()).isEqualTo(3);
        assertThat(m.clusters()).isEqualTo(2);
        assertThat(m.bridges()).isEqualTo(2);
    }

    @Test
    void twoSeparateTrianglesAreTwoClustersAndTwoCommunitiesWithoutBridges() {
        LabReport.NetworkMetrics m = figures(Set.of("a", "b", "c", "d", "e", "f"),
                List.of("a-b", "b-c", "c-a", "d-e", "e-f", "f-d")).metrics();
        assertThat(m.clusters()).isEqualTo(2);
        assertThat(m.communities()).isEqualTo(2);
        assertThat(m.bridges()).isZero();
        assertThat(m.averageClustering()).isEqualTo(1.0);
    }

    @Test
    void repeatedTiesLoopsAndTiesToUnknownNodesAreLeftOut() {
        LabReport.NetworkMetrics m = figures(Set.of("a", "b"), List.of("a-b", "b-a", "a-a", "a-z")).metrics();
        assertThat(m.ties()).isEqualTo(1);
        assertThat(m.density()).isEqualTo(1.0);
        assertThat(figures(Set.of(), List.of()).metrics())
                .isEqualTo(new LabReport.NetworkMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void theHubsJsonBecomesASnapshotNamedByHubWithTiesAcrossHubsAndBridges() {
        LabReport.NetworkSnapshot snapshot = new NetworkSnapshots(7, HUBS)
                .snapshot("now", network(6, List.of("h1-h2", "h2-h3", "h3-h1", "h3-l1", "l1-l2")));
        assertThat(snapshot.label()).isEqualTo("now");
        assertThat(snapshot.nodes()).extracting(LabReport.Node::hub)
                .containsExactly("Hackney", "Hackney", "Hackney", "Lambeth", "Lambeth", "Lambeth");
        assertThat(snapshot.metrics().tiesAcrossHubs()).isEqualTo(1);
        assertThat(snapshot.metrics().bridges()).isEqualTo(2);
        assertThat(snapshot.metrics().clusters()).isEqualTo(2);
        assertThat(snapshot.ties()).filteredOn(LabReport.Tie::bridge).extracting(t -> t.from() + "-" + t.to())
                .containsExactlyInAnyOrder("h3-l1", "l1-l2");
        assertThat(snapshot.ties()).filteredOn(LabReport.Tie::acrossHubs).extracting(t -> t.from() + "-" + t.to())
                .containsExactly("h3-l1");
        LabReport.Node l3 = snapshot.nodes().stream().filter(n -> n.key().equals("l3")).findFirst().orElseThrow();
        assertThat(l3.core()).isZero();
        assertThat(l3.inCore()).isFalse();
        assertThat(l3.cluster()).isEqualTo(1);
        assertThat(snapshot.nodes()).filteredOn(LabReport.Node::inCore).extracting(LabReport.Node::key)
                .containsExactlyInAnyOrder("h1", "h2", "h3");

        LabReport.NetworkSnapshot unnamed = new NetworkSnapshots(7, Map.of()).snapshot("now", network(2, List.of()));
        assertThat(unnamed.nodes()).extracting(LabReport.Node::hub).containsExactly("Hackney hub", "127.0.0.1:8082");
    }

    @Test
    @Timeout(60)
    void aLargeNetworkIsLaidOutInsideTheSquare() {
        List<String> ties = new java.util.ArrayList<>();
        for (int i = 1; i < 600; i++) {
            ties.add("h" + i + "-h" + (i + 1));
            ties.add("l" + i + "-h" + (i * 7 % 600 + 1));
        }
        LabReport.NetworkSnapshot big = new NetworkSnapshots(3, HUBS).snapshot("big", network(1200, ties));
        assertThat(big.nodes()).hasSize(1200);
        assertThat(big.metrics().ties()).isEqualTo(ties.size());
        assertThat(big.nodes()).allSatisfy(node -> {
            assertThat(node.x()).isBetween(0.0, 1000.0);
            assertThat(node.y()).isBetween(0.0, 1000.0);
        });
    }

    @Test
    void layoutIsReproducibleInsideTheSquareAndBeforeSitsWhereAfterDoes() {
        JsonNode before = network(8, List.of("h1-h2", "h3-l1", "l1-l2"));
        JsonNode after = network(10, List.of("h1-h2", "h2-h3", "h3-l1", "l1-l2", "h4-h5", "l4-l5", "l5-h5"));
        NetworkSnapshots.BeforeAndAfter first = new NetworkSnapshots(42, HUBS).beforeAndAfter(before, after);
        NetworkSnapshots.BeforeAndAfter again = new NetworkSnapshots(42, HUBS).beforeAndAfter(before, after);

        assertThat(again).isEqualTo(first);
        assertThat(first.after().nodes()).allSatisfy(node -> {
            assertThat(node.x()).isBetween(0.0, 1000.0);
            assertThat(node.y()).isBetween(0.0, 1000.0);
        });
        Set<String> places = first.after().nodes().stream().map(n -> n.x() + "," + n.y())
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(places).hasSize(10);
        for (LabReport.Node node : first.before().nodes()) {
            LabReport.Node same = first.after().nodes().stream().filter(n -> n.key().equals(node.key()))
                    .findFirst().orElseThrow();
            assertThat(node.x()).isEqualTo(same.x());
            assertThat(node.y()).isEqualTo(same.y());
        }
        assertThat(first.before().metrics().nodes()).isEqualTo(8);
        assertThat(first.after().metrics().ties()).isEqualTo(7);
        // Hubs sit apart: each hub's nodes are on average nearer their own centre than the other hub's.
        double hackneyX = first.after().nodes().stream().filter(n -> n.hub().equals("Hackney"))
                .mapToDouble(LabReport.Node::x).average().orElseThrow();
        double lambethX = first.after().nodes().stream().filter(n -> n.hub().equals("Lambeth"))
                .mapToDouble(LabReport.Node::x).average().orElseThrow();
        assertThat(Math.abs(hackneyX - lambethX) + Math.abs(yOf(first.after(), "Hackney") - yOf(first.after(),
                "Lambeth"))).isGreaterThan(150);
    }

    @Test
    void theHubMapsGeoJsonBecomesMapPoints() {
        ObjectNode map = JsonNodeFactory.instance.objectNode().put("type", "FeatureCollection");
        ArrayNode features = map.putArray("features");
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(-0.055).add(51.546);
        feature.putObject("properties").put("name", "Dalston tool library").put("kind", "asset")
                .putObject("origin").put("name", "Hackney hub").put("url", "http://127.0.0.1:8081/");
        features.addObject().put("type", "Feature").putObject("properties").put("name", "nowhere");

        assertThat(MapPoints.fromHubMap(map, HUBS))
                .containsExactly(new LabReport.MapPoint("Dalston tool library", "Hackney", "asset", 51.546, -0.055));
        assertThat(MapPoints.fromHubMap(map)).extracting(LabReport.MapPoint::hub).containsExactly("Hackney hub");
        assertThat(NetworkSnapshots.hubName(JsonNodeFactory.instance.textNode("http://127.0.0.1:9000"), HUBS))
                .isEqualTo("127.0.0.1:9000");
        assertThat(NetworkSnapshots.hostOf("https://Hackney.example")).isEqualTo("hackney.example");
    }

    private static double yOf(LabReport.NetworkSnapshot snapshot, String hub) {
        return snapshot.nodes().stream().filter(n -> n.hub().equals(hub)).mapToDouble(LabReport.Node::y).average()
                .orElseThrow();
    }

    private static NetworkFigures figures(Set<String> nodes, List<String> ties) {
        return NetworkFigures.of(nodes, ties.stream().map(tie -> tie.split("-"))
                .map(ends -> new LabReport.Tie(ends[0], ends[1], "supports", false, false)).toList(), 1);
    }

    /**
     * The Hub's network JSON for {@code n} nodes, half on Hackney ({@code h1}…) and half on Lambeth ({@code l1}…),
     * with ties written "from-to". Node h2 has a name that must be escaped wherever it is shown.
     */
    static JsonNode network(int n, List<String> ties) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode nodes = json.putArray("nodes");
        for (String prefix : List.of("h", "l")) {
            for (int i = 1; i <= n / 2; i++) {
                String key = prefix + i;
                ObjectNode node = nodes.addObject().put("key", key)
                        .put("name", key.equals("h2") ? ReportFilesTest.HOSTILE : "Asset " + key)
                        .put("kind", "asset").put("category", "tools").put("url", "http://example.test/" + key);
                // Hackney's origin as the Hub sends it, Lambeth's as a bare host: both must be understood.
                if (prefix.equals("h")) {
                    node.putObject("origin").put("name", "Hackney hub").put("handle", "hackney@127.0.0.1:8081")
                            .put("url", "http://127.0.0.1:8081/").put("area", "Hackney");
                } else {
                    node.put("origin", "127.0.0.1:8082");
                }
            }
        }
        ArrayNode tieArray = json.putArray("ties");
        int id = 1;
        for (String tie : ties) {
            String[] ends = tie.split("-");
            tieArray.addObject().put("id", id++).put("from", ends[0]).put("to", ends[1]).put("type", "supports")
                    .put("mutual", false).put("strength", 1).put("bridge", ends[0].charAt(0) != ends[1].charAt(0));
        }
        json.putObject("figures");
        return json;
    }
}
