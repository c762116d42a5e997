package london.patchwork.server.livinglab;

import java.util.HashMap;
import java.util.Map;

/**
 * A network snapshot as an inline SVG: one circle per node at its {@code x}, {@code y}, coloured by hub, core
 * nodes larger and outlined; ties within a hub thin and grey, ties across hubs dashed, bridges thick.
 */
final class NetworkDrawing {

    private NetworkDrawing() {
    }

    static String svg(String id, String title, LabReport.NetworkSnapshot snapshot, SvgPalette palette) {
        StringBuilder svg = new StringBuilder(Svg.open(id, title, 1000, 1000));
        svg.append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"1000\" height=\"1000\"/>");
        if (snapshot == null) {
            return svg.append(Svg.text(500, 500, "middle", "empty", "No snapshot was taken")).append("</svg>")
                    .toString();
        }
        Map<String, LabReport.Node> byKey = new HashMap<>();
        snapshot.nodes().forEach(node -> byKey.put(node.key(), node));
        // Ties first, so nodes are drawn over them; bridges last among ties so they stay visible.
        StringBuilder plain = new StringBuilder();
        StringBuilder bridges = new StringBuilder();
        for (LabReport.Tie tie : snapshot.ties()) {
            LabReport.Node from = byKey.get(tie.from());
            LabReport.Node to = byKey.get(tie.to());
            if (from == null || to == null) {
                continue;
            }
            String kind = tie.bridge() ? "tie bridge" : tie.acrossHubs() ? "tie across" : "tie within";
            if (tie.bridge() && tie.acrossHubs()) {
                kind = "tie bridge across";
            }
            StringBuilder target = tie.bridge() ? bridges : plain;
            target.append("<line class=\"").append(kind).append("\" x1=\"").append(Svg.num(from.x()))
                    .append("\" y1=\"").append(Svg.num(from.y())).append("\" x2=\"").append(Svg.num(to.x()))
                    .append("\" y2=\"").append(Svg.num(to.y())).append("\"><title>")
                    .append(Svg.escape(from.name() + " — " + to.name()
                            + (tie.type().isEmpty() ? "" : " (" + tie.type() + ")")))
                    .append("</title></line>");
        }
        svg.append(plain).append(bridges);
        for (LabReport.Node node : snapshot.nodes()) {
            svg.append("<circle class=\"").append(node.inCore() ? "node core" : "node").append("\" cx=\"")
                    .append(Svg.num(node.x())).append("\" cy=\"").append(Svg.num(node.y())).append("\" r=\"")
                    .append(node.inCore() ? "22" : "15").append("\" fill=\"").append(palette.colour(node.hub()))
                    .append("\"><title>")
                    .append(Svg.escape(node.name() + " — " + node.hub()
                            + (node.kind().isEmpty() ? "" : ", " + node.kind()) + ", core " + node.core()))
                    .append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** The line styles, drawn as in the network, with what they mean. */
    static String legend() {
        return "<ul class=\"legend\">"
                + "<li><svg class=\"key\" viewBox=\"0 0 30 10\" width=\"30\" height=\"10\" aria-hidden=\"true\">"
                + "<line class=\"tie within\" x1=\"0\" y1=\"5\" x2=\"30\" y2=\"5\"/></svg>tie within a hub</li>"
                + "<li><svg class=\"key\" viewBox=\"0 0 30 10\" width=\"30\" height=\"10\" aria-hidden=\"true\">"
                + "<line class=\"tie across\" x1=\"0\" y1=\"5\" x2=\"30\" y2=\"5\"/></svg>tie across hubs</li>"
                + "<li><svg class=\"key\" viewBox=\"0 0 30 10\" width=\"30\" height=\"10\" aria-hidden=\"true\">"
                + "<line class=\"tie bridge\" x1=\"0\" y1=\"5\" x2=\"30\" y2=\"5\"/></svg>bridge (the only link "
                + "between two parts)</li>"
                + "<li><span class=\"swatch core-key\"></span>larger, outlined: in the core</li></ul>";
    }
}
