package london.patchwork.server.connections.bench;

import london.patchwork.server.connections.Network;
import london.patchwork.server.connections.NetworkFigures;
import london.patchwork.server.connections.NetworkMetrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * All the network's figures (metrics, weaver's view, layout) for a network of 10,000 nodes and about 50,000 ties
 * grown by preferential attachment (Barabási–Albert, five ties per new node, seeded), in memory: the time of each
 * run and the heap held by the figures. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.connections.bench.NetworkMetricsBenchmark -Dbenchmark.args="10000 5 3"}
 */
public final class NetworkMetricsBenchmark {

    private NetworkMetricsBenchmark() {
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perNode = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Network network = preferentialAttachment(nodes, perNode, new Random(7));
        System.out.printf("network: %,d nodes, %,d ties%n", network.nodes().size(), network.links().size());

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        NetworkFigures kept = null;
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            kept = NetworkMetrics.compute(network, Instant.now());
            System.out.printf("run %d: all figures in %.1f s%n", run, (System.nanoTime() - started) / 1e9);
        }
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("heap used: %.0f MB before, %.0f MB after (figures kept: %.0f MB); max heap %.0f MB%n",
                heapBefore / 1e6, heapAfter / 1e6, (heapAfter - heapBefore) / 1e6, runtime.maxMemory() / 1e6);
        System.out.printf("whole: %s%n", kept.whole());
    }

    /** Each new node ties to {@code perNode} distinct earlier ones, chosen in proportion to their ties. */
    static Network preferentialAttachment(int count, int perNode, Random random) {
        List<Network.Node> nodes = new ArrayList<>();
        List<Network.Link> links = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new Network.Node("n" + i, "Asset " + i, i % 10 == 0 ? "member" : "organisation",
                    "associations", (long) i, null, "https://hub.example/assets/" + i, true));
            Set<Integer> chosen = new HashSet<>();
            while (i > 0 && chosen.size() < Math.min(perNode, i)) {
                chosen.add(ends.isEmpty() ? 0 : ends.get(random.nextInt(ends.size())));
            }
            for (int other : chosen) {
                links.add(new Network.Link(links.size() + 1, "n" + i, "n" + other, "partners-with", true,
                        1 + random.nextInt(5), true));
                ends.add(i);
                ends.add(other);
            }
        }
        return new Network(nodes, links);
    }
}
