package london.patchwork.web.hubs;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The network across hubs: nodes coloured by the hub that holds them, ties between two hubs ("bridges") drawn
 * apart, and what they add up to.
 */
public record HubNetworkView(Site site, PageMeta meta, List<Node> nodes, List<Line> lines, List<Legend> legend,
                             int ties, int bridges, List<Pair> pairs, List<Broker> brokers, List<TieRow> rows) {

    public record Node(String name, String kind, String url, String hubName, String colour, String x, String y) {
    }

    public record Line(String x1, String y1, String x2, String y2, boolean bridge, String type) {
    }

    public record Legend(String hubName, String hubUrl, String colour, int nodes) {
    }

    /** Two hubs and the ties between them. */
    public record Pair(String first, String second, int ties) {
    }

    /** A node tied across hubs: to how many other hubs, by how many ties. */
    public record Broker(String name, String url, String hubName, int hubs, int ties) {
    }

    public record TieRow(String from, String fromUrl, String fromHub, String type, String to, String toUrl,
                         String toHub, boolean bridge) {
    }
}
