package london.patchwork.server.aggregation;

import london.patchwork.server.connections.ConnectionService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The network across hubs: each node's hub is the origin of its key (an asset's {@code Place} id, an actor's id);
 * a tie whose ends are on two different origins is a bridge between those hubs. Computed from
 * {@link ConnectionService#web()}, never from the tables.
 *
 * @param pairs   the ties between each two hubs (origins ordered), most first
 * @param brokers the nodes with ties to other hubs: most other hubs, then most bridging ties, first
 */
record HubNetworkGraph(List<Node> nodes, List<Tie> ties, List<Pair> pairs, List<Broker> brokers) {

    record Node(ConnectionService.WebNode node, String origin) {
    }

    record Tie(ConnectionService.WebTie tie, Node from, Node to, boolean bridge) {
    }

    record Pair(String first, String second, int ties) {
    }

    record Broker(Node node, int hubs, int ties) {
    }

    long bridges() {
        return ties.stream().filter(Tie::bridge).count();
    }

    /** The graph; when {@code origin} is set, only what touches that origin (its nodes and their ties). */
    static HubNetworkGraph of(ConnectionService.Web web, String origin) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (ConnectionService.WebNode node : web.nodes()) {
            nodes.put(node.key(), new Node(node, JoinedHubs.originOf(node.key()).orElse(node.key())));
        }
        List<Tie> ties = new ArrayList<>();
        Map<String, Set<String>> reached = new HashMap<>();
        Map<String, Integer> bridging = new HashMap<>();
        Map<List<String>, Integer> pairs = new TreeMap<>(Comparator.comparing((List<String> pair) -> pair.get(0))
                .thenComparing(pair -> pair.get(1)));
        Set<String> tied = new HashSet<>();
        for (ConnectionService.WebTie tie : web.ties()) {
            Node from = nodes.get(tie.from());
            Node to = nodes.get(tie.to());
            if (from == null || to == null
                    || (origin != null && !origin.equals(from.origin()) && !origin.equals(to.origin()))) {
                continue;
            }
            boolean bridge = !from.origin().equals(to.origin());
            ties.add(new Tie(tie, from, to, bridge));
            tied.add(from.node().key());
            tied.add(to.node().key());
            if (bridge) {
                reached.computeIfAbsent(from.node().key(), key -> new HashSet<>()).add(to.origin());
                reached.computeIfAbsent(to.node().key(), key -> new HashSet<>()).add(from.origin());
                bridging.merge(from.node().key(), 1, Integer::sum);
                bridging.merge(to.node().key(), 1, Integer::sum);
                List<String> pair = from.origin().compareTo(to.origin()) < 0 ? List.of(from.origin(), to.origin())
                        : List.of(to.origin(), from.origin());
                pairs.merge(pair, 1, Integer::sum);
            }
        }
        // Untied nodes (every mapped asset is a node) would crowd the drawing and say nothing about ties.
        List<Node> drawn = nodes.values().stream().filter(node -> tied.contains(node.node().key())).toList();
        List<Pair> pairList = pairs.entrySet().stream().map(entry -> new Pair(entry.getKey().get(0),
                entry.getKey().get(1), entry.getValue())).sorted(Comparator.comparingInt(Pair::ties).reversed())
                .toList();
        List<Broker> brokers = reached.entrySet().stream().map(entry -> new Broker(nodes.get(entry.getKey()),
                        entry.getValue().size(), bridging.get(entry.getKey())))
                .sorted(Comparator.comparingInt(Broker::hubs).thenComparingInt(Broker::ties).reversed()
                        .thenComparing(broker -> broker.node().node().name()))
                .toList();
        return new HubNetworkGraph(drawn, List.copyOf(ties), pairList, brokers);
    }
}
