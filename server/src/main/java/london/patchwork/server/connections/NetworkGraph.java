package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The network as a JGraphT graph for its metrics: undirected and simple, because who knows whom matters to brokerage
 * and clusters whichever way a tie was recorded. Two ties between the same pair are one edge, weighted by the
 * stronger.
 */
public final class NetworkGraph {

    private final Graph<String, DefaultWeightedEdge> graph;

    private NetworkGraph(Graph<String, DefaultWeightedEdge> graph) {
        this.graph = graph;
    }

    public static NetworkGraph of(Network network) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        network.nodes().forEach(node -> graph.addVertex(node.key()));
        for (Network.Link link : network.links()) {
            if (link.from().equals(link.to()) || !graph.containsVertex(link.from())
                    || !graph.containsVertex(link.to())) {
                continue;
            }
            DefaultWeightedEdge edge = graph.getEdge(link.from(), link.to());
            if (edge == null) {
                graph.setEdgeWeight(graph.addEdge(link.from(), link.to()), link.strength());
            } else if (graph.getEdgeWeight(edge) < link.strength()) {
                graph.setEdgeWeight(edge, link.strength());
            }
        }
        return new NetworkGraph(graph);
    }

    public Graph<String, DefaultWeightedEdge> graph() {
        return graph;
    }

    /**
     * Each node's community, numbered from 0 by size (largest first), found by label propagation with a fixed seed
     * so the same network always gives the same answer.
     */
    public Map<String, Integer> communities() {
        List<Set<String>> clusters = new LabelPropagationClustering<>(graph, 100, new Random(42)).getClustering()
                .getClusters().stream()
                .sorted((a, b) -> b.size() != a.size() ? Integer.compare(b.size(), a.size())
                        : a.stream().sorted().findFirst().orElse("")
                                .compareTo(b.stream().sorted().findFirst().orElse("")))
                .toList();
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String node : clusters.get(i)) {
                community.put(node, i);
            }
        }
        return community;
    }
}
