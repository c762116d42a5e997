package london.patchwork.server.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The network API's shape, for the interactive view and anyone else: nodes with their metrics, and ties. */
final class NetworkJson {

    private NetworkJson() {
    }

    @Serdeable
    record Graph(@JsonProperty("computed_at") Instant computedAt, boolean stale, Whole network, int matched,
                 List<Node> nodes, List<Tie> ties) {
    }

    @Serdeable
    record Whole(int nodes, int ties, double density, int components,
                 @JsonProperty("average_clustering") double averageClustering, int bridges,
                 @JsonProperty("cut_points") int cutPoints, @JsonProperty("max_core") int maxCore,
                 @JsonProperty("core_size") int coreSize, @JsonProperty("periphery_size") int peripherySize,
                 int communities) {
        static Whole of(NetworkFigures.Whole whole) {
            return new Whole(whole.nodes(), whole.ties(), whole.density(), whole.components(),
                    whole.averageClustering(), whole.bridges(), whole.cutPoints(), whole.maxCore(), whole.coreSize(),
                    whole.peripherySize(), whole.communities());
        }
    }

    /** @param x where the server's drawing puts it, in a 1000 × 1000 box, so both views agree */
    @Serdeable
    record Node(String id, String label, String kind, @Nullable String category, String url, boolean local,
                double x, double y, int degree, double betweenness, double closeness, double clustering, int core,
                int community) {
        static Node of(Network.Node node, NetworkFigures figures) {
            NetworkFigures.Node metrics = figures.nodes().get(node.key());
            NetworkFigures.Point at = figures.layout().get(node.key());
            return new Node(node.key(), node.name(), node.kind(), node.category(), node.url(), node.local(), at.x(),
                    at.y(), metrics.degree(), metrics.betweenness(), metrics.closeness(), metrics.clustering(),
                    metrics.core(), metrics.community());
        }
    }

    @Serdeable
    record Tie(String id, String from, String to, String type, boolean mutual, int strength) {
    }
}
