package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the network's figures with JGraphT, on the graph without weights: a tie's strength says how close two
 * ends are, but brokerage and distance count steps, as Gephi and NetworkX do by default.
 */
public final class NetworkMetrics {

    private NetworkMetrics() {
    }

    /** JGraphT's cut-points and bridges search recurses once per node along a path: thousands deep on a big hub. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    /**
     * Every figure for the network. Runs on a thread of its own with a deep stack (see {@link #STACK_BYTES}), so a
     * network of tens of thousands of nodes cannot overflow the caller's.
     */
    public static NetworkFigures compute(Network network, Instant at) {
        NetworkFigures[] result = new NetworkFigures[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = computeHere(network, at);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "network-figures", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the network's figures", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (result[0] == null) {
            throw new IllegalStateException("the network's figures could not be computed");
        }
        return result[0];
    }

    private static NetworkFigures computeHere(Network network, Instant at) {
        NetworkGraph networkGraph = NetworkGraph.of(network);
        Graph<String, DefaultWeightedEdge> graph = new AsUnweightedGraph<>(networkGraph.graph());
        int n = graph.vertexSet().size();
        ShortestPaths shortest = ShortestPaths.of(graph);
        Map<String, Double> betweenness = shortest.betweenness();
        Map<String, Double> clustering = new ClusteringCoefficient<>(graph).getScores();
        Map<String, Integer> cores = new Coreness<>(graph).getScores();
        Map<String, Integer> communities = networkGraph.communities();
        Map<String, Double> closeness = shortest.closeness();
        // Brandes counts each unordered pair once on an undirected graph; there are (n-1)(n-2)/2 pairs without the node.
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        Map<String, NetworkFigures.Node> nodes = new LinkedHashMap<>();
        for (String key : graph.vertexSet()) {
            nodes.put(key, new NetworkFigures.Node(graph.degreeOf(key), betweenness.get(key) / pairs,
                    closeness.get(key), clustering.get(key), cores.get(key), communities.get(key)));
        }
        BiconnectivityInspector<String, DefaultWeightedEdge> biconnectivity = new BiconnectivityInspector<>(graph);
        Set<String> cutPoints = biconnectivity.getCutpoints();
        Set<DefaultWeightedEdge> bridges = biconnectivity.getBridges();
        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        int maxCore = cores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int coreSize = (int) cores.values().stream().filter(core -> core == maxCore).count();
        int ties = graph.edgeSet().size();
        NetworkFigures.Whole whole = new NetworkFigures.Whole(n, ties, n > 1 ? 2.0 * ties / ((double) n * (n - 1)) : 0,
                components.size(), n == 0 ? 0 : clustering.values().stream().mapToDouble(Double::doubleValue)
                .sum() / n, bridges.size(), cutPoints.size(), maxCore, coreSize, n - coreSize,
                (int) communities.values().stream().distinct().count());
        NetworkFigures.Weaving weaving = NetworkWeaving.of(graph, nodes, components, cutPoints, bridges);
        return new NetworkFigures(network, nodes, whole, weaving, NetworkLayout.of(graph), at);
    }
}
