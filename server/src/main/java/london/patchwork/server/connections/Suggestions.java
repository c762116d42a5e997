package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Link prediction for the weavers: Adamic–Adar over common neighbours, where a neighbour tied to few counts for more
 * than one tied to everyone, doubled when the two are in different communities, since introductions across clusters
 * are the ones a network lacks. Two parts of the network with nothing between them have no common neighbours, so
 * their best-connected ends of the same category are suggested too, with a small fixed score. Pairs already tied,
 * proposed or declined are left out. The same network always gives the same list.
 */
final class Suggestions {

    static final double CLUSTER_BONUS = 2.0;
    static final double BRIDGE_SCORE = 0.5;

    private Suggestions() {
    }

    /** The best {@code limit} suggestions, highest score first, then by the two keys. */
    static List<Suggestion> of(Network network, Set<String> excludedPairs, int limit) {
        NetworkGraph networkGraph = NetworkGraph.of(network);
        Graph<String, DefaultWeightedEdge> graph = networkGraph.graph();
        Map<String, Network.Node> nodes = new HashMap<>();
        network.nodes().forEach(node -> nodes.put(node.key(), node));
        Map<String, Integer> community = networkGraph.communities();
        Map<String, Candidate> candidates = new HashMap<>();
        for (String shared : new TreeSet<>(graph.vertexSet())) {
            List<String> around = Graphs.neighborListOf(graph, shared).stream().sorted().toList();
            double weight = 1.0 / Math.log(around.size());
            for (int i = 0; i < around.size(); i++) {
                for (int j = i + 1; j < around.size(); j++) {
                    String one = around.get(i);
                    String other = around.get(j);
                    if (graph.containsEdge(one, other) || excludedPairs.contains(Suggestion.pair(one, other))) {
                        continue;
                    }
                    Candidate candidate = candidates.computeIfAbsent(Suggestion.pair(one, other),
                            pair -> new Candidate(one, other));
                    candidate.score += weight;
                    candidate.common.add(nodes.get(shared).name());
                }
            }
        }
        List<Suggestion> found = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            boolean across = !Objects.equals(community.get(candidate.one), community.get(candidate.other));
            found.add(new Suggestion(nodes.get(candidate.one), nodes.get(candidate.other),
                    candidate.score * (across ? CLUSTER_BONUS : 1.0), List.copyOf(candidate.common), across, false));
        }
        found.addAll(bridges(graph, network, excludedPairs));
        return found.stream().sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparing(suggestion -> suggestion.from().key())
                        .thenComparing(suggestion -> suggestion.to().key()))
                .limit(limit).toList();
    }

    /**
     * For each category, the best-connected end of it in each part of the network (most ties, then first by key),
     * paired with the others: how separate groups doing the same work could meet.
     */
    private static List<Suggestion> bridges(Graph<String, DefaultWeightedEdge> graph, Network network,
                                            Set<String> excludedPairs) {
        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        Map<String, Integer> componentOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            for (String key : components.get(i)) {
                componentOf.put(key, i);
            }
        }
        Comparator<Network.Node> best = Comparator.<Network.Node>comparingInt(node -> graph.degreeOf(node.key()))
                .reversed().thenComparing(Network.Node::key);
        Map<String, Map<Integer, Network.Node>> byCategory = new TreeMap<>();
        for (Network.Node node : network.nodes()) {
            if (node.category() == null || !componentOf.containsKey(node.key())) {
                continue;
            }
            byCategory.computeIfAbsent(node.category(), category -> new TreeMap<>())
                    .merge(componentOf.get(node.key()), node, (a, b) -> best.compare(a, b) <= 0 ? a : b);
        }
        List<Suggestion> found = new ArrayList<>();
        for (Map<Integer, Network.Node> representatives : byCategory.values()) {
            List<Network.Node> ends = representatives.values().stream().sorted(Comparator.comparing(
                    Network.Node::key)).toList();
            for (int i = 0; i < ends.size(); i++) {
                for (int j = i + 1; j < ends.size(); j++) {
                    if (!excludedPairs.contains(Suggestion.pair(ends.get(i).key(), ends.get(j).key()))) {
                        found.add(new Suggestion(ends.get(i), ends.get(j), BRIDGE_SCORE, List.of(), true, true));
                    }
                }
            }
        }
        return found;
    }

    private static final class Candidate {
        private final String one;
        private final String other;
        private final Set<String> common = new TreeSet<>();
        private double score;

        Candidate(String one, String other) {
            this.one = one;
            this.other = other;
        }
    }
}
