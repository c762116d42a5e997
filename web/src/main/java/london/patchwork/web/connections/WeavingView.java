package london.patchwork.web.connections;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/** The weaver's view: brokers, clusters apart from the rest, single points of failure and nodes on the edge. */
public record WeavingView(Site site, PageMeta meta, String computedAt, List<Broker> brokers,
                          List<List<NodeLink>> clusters, List<Split> cutPoints, List<Split> bridges,
                          List<NodeLink> periphery) {

    public record NodeLink(String name, String url) {
    }

    /** @param bridges what it bridges: the communities its neighbours belong to */
    public record Broker(NodeLink node, String betweenness, String bridges) {
    }

    /** A cut-point (one end) or a bridge (two), and what its loss would leave. */
    public record Split(List<NodeLink> ends, String leaves) {
    }
}
