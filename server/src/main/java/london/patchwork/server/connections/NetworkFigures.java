package london.patchwork.server.connections;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The network's figures as last computed: every node's metrics, the whole network's, what a weaver looks for, and
 * where each node sits in the drawing. Computed in the background from one {@link Network} snapshot, so pages read
 * it and never compute.
 *
 * @param network    the snapshot they were computed from
 * @param nodes      each node's metrics by its key
 * @param layout     each node's position in a 1000 × 1000 box, by its key
 * @param computedAt when the snapshot was read
 */
public record NetworkFigures(Network network, Map<String, Node> nodes, Whole whole, Weaving weaving,
                             Map<String, Point> layout, Instant computedAt) {

    /**
     * One node's metrics.
     *
     * @param betweenness the share of shortest paths between other pairs that pass through it, divided by
     *                    (n-1)(n-2)/2 as Gephi and NetworkX do for undirected graphs
     * @param closeness   (r-1)/(sum of distances to the r-1 it reaches), scaled by (r-1)/(n-1) (Wasserman and Faust,
     *                    NetworkX's default), so a node in a small cluster is not as close as one in the whole
     * @param clustering  the share of pairs of its neighbours that are tied (0 with fewer than two neighbours)
     * @param core        its core number: the largest k such that it is in the k-core
     * @param community   its community, numbered from 0 by size
     */
    public record Node(int degree, double betweenness, double closeness, double clustering, int core,
                       int community) {
    }

    /**
     * The whole network's figures.
     *
     * @param density        ties / possible ties (undirected, one edge per pair)
     * @param maxCore        the highest core number: its nodes are the core, the rest the periphery
     */
    public record Whole(int nodes, int ties, double density, int components, double averageClustering,
                        int bridges, int cutPoints, int maxCore, int coreSize, int peripherySize, int communities) {
    }

    /** A point of the drawing. */
    public record Point(double x, double y) {
    }

    /**
     * What a weaver looks for.
     *
     * @param brokers         nodes with the highest betweenness, highest first
     * @param isolatedClusters every component but the largest, largest first (lone nodes included)
     * @param cutPoints       nodes whose loss would split the network, with the pieces it would split into
     * @param bridges         ties whose loss would split the network, with the sizes of the two sides
     * @param periphery       nodes with exactly one tie
     */
    public record Weaving(List<Broker> brokers, List<List<String>> isolatedClusters, List<Split> cutPoints,
                          List<BridgeSplit> bridges, List<String> periphery) {
    }

    /** A broker and the communities its neighbours belong to (more than one: it bridges them). */
    public record Broker(String key, double betweenness, List<Integer> communities) {
    }

    /** A cut-point and the sizes of the pieces its loss would leave, largest first. */
    public record Split(String key, List<Integer> pieces) {
    }

    /** A bridge between two nodes and the sizes of the two sides its loss would leave. */
    public record BridgeSplit(String from, String to, int fromSide, int toSide) {
    }
}
