package london.patchwork.server.livinglab;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The social-network figures of one snapshot, over the undirected simple graph of its ties (repeated ties between
 * two nodes count once, a tie from a node to itself not at all, a tie to an unknown node is left out).
 *
 * @param metrics   the snapshot's figures
 * @param coreness  each node's coreness (the largest k for which it is in the k-core)
 * @param clusterOf each node's connected component, numbered from 0 in the order of the nodes' keys
 * @param bridges   the {@link #pair} of each tie whose removal splits a cluster
 */
public record NetworkFigures(LabReport.NetworkMetrics metrics, Map<String, Integer> coreness,
                             Map<String, Integer> clusterOf, Set<String> bridges) {

    /** Label propagation stops by itself when labels settle; the cap only guards against oscillation. */
    private static final int LABEL_PROPAGATION_ROUNDS = 100;

    /**
     * @param nodeKeys     every node's key
     * @param ties         the ties ({@code from}, {@code to}, {@code acrossHubs} are read)
     * @param seed         seeds label propagation, so the same network always gives the same communities
     */
    public static NetworkFigures of(Set<String> nodeKeys, List<LabReport.Tie> ties, long seed) {
        // Inserting in key order keeps jgrapht's iteration order, and so label propagation, reproducible.
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        new TreeSet<>(nodeKeys).forEach(graph::addVertex);
        Set<String> acrossPairs = new HashSet<>();
        for (LabReport.Tie tie : ties) {
            if (tie.from().equals(tie.to()) || !graph.containsVertex(tie.from()) || !graph.containsVertex(tie.to())) {
                continue;
            }
            graph.addEdge(tie.from(), tie.to());
            if (tie.acrossHubs()) {
                acrossPairs.add(pair(tie.from(), tie.to()));
            }
        }
        int n = graph.vertexSet().size();
        int e = graph.edgeSet().size();
        double density = n < 2 ? 0 : 2.0 * e / ((double) n * (n - 1));

        Map<String, Integer> clusterOf = new HashMap<>();
        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        List<Set<String>> ordered = components.stream()
                .sorted((a, b) -> new TreeSet<>(a).first().compareTo(new TreeSet<>(b).first())).toList();
        for (int i = 0; i < ordered.size(); i++) {
            for (String key : ordered.get(i)) {
                clusterOf.put(key, i);
            }
        }
        int communities = n == 0 ? 0 : new LabelPropagationClustering<>(graph, LABEL_PROPAGATION_ROUNDS,
                new Random(seed)).getClustering().getNumberClusters();

        Set<String> bridges = new HashSet<>();
        for (DefaultEdge edge : new BiconnectivityInspector<>(graph).getBridges()) {
            bridges.add(pair(graph.getEdgeSource(edge), graph.getEdgeTarget(edge)));
        }

        Map<String, Integer> coreness = n == 0 ? Map.of() : Map.copyOf(new Coreness<>(graph).getScores());
        int maxCore = coreness.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int coreSize = (int) coreness.values().stream().filter(value -> value == maxCore).count();
        double averageClustering = n == 0 ? 0 : new ClusteringCoefficient<>(graph).getAverageClusteringCoefficient();
        int tiesAcrossHubs = (int) graph.edgeSet().stream()
                .filter(edge -> acrossPairs.contains(pair(graph.getEdgeSource(edge), graph.getEdgeTarget(edge))))
                .count();

        LabReport.NetworkMetrics metrics = new LabReport.NetworkMetrics(n, e, density, components.size(),
                communities, bridges.size(), maxCore, coreSize, n - coreSize, averageClustering, tiesAcrossHubs);
        return new NetworkFigures(metrics, coreness, Map.copyOf(clusterOf), Set.copyOf(bridges));
    }

    /** The same string for a tie whichever way round it points. */
    public static String pair(String from, String to) {
        return from.compareTo(to) <= 0 ? from + '\u0000' + to : to + '\u0000' + from;
    }

    public boolean isBridge(LabReport.Tie tie) {
        return bridges.contains(pair(tie.from(), tie.to()));
    }
}
