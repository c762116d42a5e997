package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a weaver looks for: brokers, clusters apart from the rest, and the nodes and ties whose loss would split the
 * network. The pieces a split would leave are counted for the most central few only, each costing a walk of the
 * graph.
 */
final class NetworkWeaving {

    static final int BROKERS = 10;
    static final int SPLITS = 25;

    private NetworkWeaving() {
    }

    static NetworkFigures.Weaving of(Graph<String, DefaultWeightedEdge> graph, Map<String, NetworkFigures.Node> nodes,
                                     List<Set<String>> components, Set<String> cutPoints,
                                     Set<DefaultWeightedEdge> bridges) {
        Comparator<String> central = Comparator.<String>comparingDouble(key -> nodes.get(key).betweenness())
                .reversed().thenComparing(Comparator.naturalOrder());
        List<NetworkFigures.Broker> brokers = nodes.keySet().stream()
                .filter(key -> nodes.get(key).betweenness() > 0).sorted(central).limit(BROKERS)
                .map(key -> new NetworkFigures.Broker(key, nodes.get(key).betweenness(),
                        Graphs.neighborListOf(graph, key).stream().map(other -> nodes.get(other).community())
                                .distinct().sorted().toList()))
                .toList();
        List<List<String>> apart = components.stream()
                .sorted(Comparator.<Set<String>>comparingInt(Set::size).reversed()
                        .thenComparing(set -> set.stream().sorted().findFirst().orElse("")))
                .skip(1).map(set -> set.stream().sorted().toList()).toList();
        List<NetworkFigures.Split> splits = cutPoints.stream().sorted(central).limit(SPLITS)
                .map(key -> new NetworkFigures.Split(key, pieces(graph, key))).toList();
        List<NetworkFigures.BridgeSplit> bridgeSplits = bridges.stream()
                .sorted(Comparator.<DefaultWeightedEdge>comparingDouble(edge ->
                        nodes.get(graph.getEdgeSource(edge)).betweenness()
                                + nodes.get(graph.getEdgeTarget(edge)).betweenness()).reversed()
                        .thenComparing(edge -> graph.getEdgeSource(edge) + " " + graph.getEdgeTarget(edge)))
                .limit(SPLITS).map(edge -> bridgeSplit(graph, edge)).toList();
        List<String> periphery = nodes.keySet().stream().filter(key -> nodes.get(key).degree() == 1).sorted().toList();
        return new NetworkFigures.Weaving(brokers, apart, splits, bridgeSplits, periphery);
    }

    /** The sizes of the pieces the node's neighbours would fall into without it, largest first. */
    private static List<Integer> pieces(Graph<String, DefaultWeightedEdge> graph, String gone) {
        Set<String> seen = new HashSet<>();
        seen.add(gone);
        return Graphs.neighborListOf(graph, gone).stream().filter(start -> !seen.contains(start))
                .map(start -> reach(graph, start, seen, null)).sorted(Comparator.reverseOrder()).toList();
    }

    private static NetworkFigures.BridgeSplit bridgeSplit(Graph<String, DefaultWeightedEdge> graph,
                                                          DefaultWeightedEdge bridge) {
        String from = graph.getEdgeSource(bridge);
        String to = graph.getEdgeTarget(bridge);
        int fromSide = reach(graph, from, new HashSet<>(), bridge);
        int toSide = reach(graph, to, new HashSet<>(), bridge);
        return new NetworkFigures.BridgeSplit(from, to, fromSide, toSide);
    }

    /** How many nodes a walk from {@code start} reaches, marking them seen, never crossing {@code without}. */
    private static int reach(Graph<String, DefaultWeightedEdge> graph, String start, Set<String> seen,
                             DefaultWeightedEdge without) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        int count = 0;
        while (!queue.isEmpty()) {
            String at = queue.poll();
            count++;
            for (DefaultWeightedEdge edge : graph.edgesOf(at)) {
                if (edge == without) {
                    continue;
                }
                String next = Graphs.getOppositeVertex(graph, edge, at);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return count;
    }
}
