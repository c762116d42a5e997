package london.patchwork.web.connections;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The network page: the whole network's figures, a drawing (positions in a 1000 × 1000 box), the nodes' metrics in a
 * table, and the filter that chose them.
 *
 * @param matched how many nodes matched the filter (more than are drawn when the network is large)
 * @param dataUrl the JSON the interactive view reads, for the same filter
 */
public record NetworkPageView(Site site, PageMeta meta, String computedAt, boolean stale, List<Figure> figures,
                              List<Option> types, List<Option> kinds, String type, String kind, String error,
                              List<NodeRow> nodes, List<TieLine> ties, int matched, String dataUrl,
                              String cytoscapeUrl) {

    public record Figure(String label, String value) {
    }

    public record Option(String value, String label) {
    }

    /** A node as drawn and tabled; coordinates and metrics already formatted. */
    public record NodeRow(String name, String kind, String url, String x, String y, String radius, String colour,
                          int degree, String betweenness, String closeness, String clustering, int core,
                          int community) {
    }

    public record TieLine(String x1, String y1, String x2, String y2, String type, boolean mutual) {
    }
}
