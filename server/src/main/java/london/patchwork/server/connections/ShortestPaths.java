package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Betweenness and closeness from one breadth-first search per node (Brandes, 2001), on int arrays. JGraphT's own
 * betweenness walks hash maps and did not finish for 10,000 nodes and 50,000 ties in twelve minutes; this is the
 * same algorithm, O(nm), without the boxing.
 *
 * @param betweenness per node, each unordered pair counted once (not yet normalised)
 * @param closeness   per node, NetworkX's default (Wasserman–Faust): (r-1)/(sum of distances) × (r-1)/(n-1)
 */
record ShortestPaths(Map<String, Double> betweenness, Map<String, Double> closeness) {

    static ShortestPaths of(Graph<String, DefaultWeightedEdge> graph) {
        List<String> keys = new ArrayList<>(graph.vertexSet());
        int n = keys.size();
        int[][] neighbours = neighbours(graph, keys);
        double[] between = new double[n];
        double[] close = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        for (int source = 0; source < n; source++) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[source] = 0;
            paths[source] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = source;
            long total = 0;
            while (head < tail) {
                int at = order[head++];
                for (int next : neighbours[at]) {
                    if (distance[next] < 0) {
                        distance[next] = distance[at] + 1;
                        total += distance[next];
                        order[tail++] = next;
                    }
                    if (distance[next] == distance[at] + 1) {
                        paths[next] += paths[at];
                    }
                }
            }
            // Nodes in reverse order of distance hand their dependency back to the nodes one step nearer.
            for (int i = tail - 1; i > 0; i--) {
                int node = order[i];
                for (int previous : neighbours[node]) {
                    if (distance[previous] == distance[node] - 1) {
                        dependency[previous] += paths[previous] / paths[node] * (1 + dependency[node]);
                    }
                }
                between[node] += dependency[node];
            }
            int reached = tail - 1;
            close[source] = total == 0 || n < 2 ? 0.0 : ((double) reached / total) * ((double) reached / (n - 1));
        }
        Map<String, Double> betweenness = new LinkedHashMap<>();
        Map<String, Double> closeness = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            // Each unordered pair was walked from both of its ends.
            betweenness.put(keys.get(i), between[i] / 2);
            closeness.put(keys.get(i), close[i]);
        }
        return new ShortestPaths(betweenness, closeness);
    }

    private static int[][] neighbours(Graph<String, DefaultWeightedEdge> graph, List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        int[][] neighbours = new int[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            neighbours[i] = graph.edgesOf(key).stream()
                    .mapToInt(edge -> index.get(Graphs.getOppositeVertex(graph, edge, key))).toArray();
        }
        return neighbours;
    }
}
