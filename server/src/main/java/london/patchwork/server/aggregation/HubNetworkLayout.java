package london.patchwork.server.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the network across hubs is drawn in a 1000 × 1000 box: each hub's nodes on a small circle of their own,
 * the hubs' circles round a large one, so the ties within a hub stay short and the bridges between hubs cross the
 * middle. Colours are by hub, in the order the hubs first appear.
 */
final class HubNetworkLayout {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#bcbd22", "#7f7f7f", "#d62728"};

    private final Map<String, double[]> places;
    private final Map<String, String> colours;

    private HubNetworkLayout(Map<String, double[]> places, Map<String, String> colours) {
        this.places = places;
        this.colours = colours;
    }

    static HubNetworkLayout of(HubNetworkGraph graph) {
        Map<String, List<HubNetworkGraph.Node>> byOrigin = new LinkedHashMap<>();
        graph.nodes().forEach(node -> byOrigin.computeIfAbsent(node.origin(), origin -> new ArrayList<>()).add(node));
        Map<String, double[]> places = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        int hubs = byOrigin.size();
        int h = 0;
        for (Map.Entry<String, List<HubNetworkGraph.Node>> hub : byOrigin.entrySet()) {
            colours.put(hub.getKey(), COLOURS[h % COLOURS.length]);
            double hubAngle = 2 * Math.PI * h / hubs - Math.PI / 2;
            double centreX = hubs == 1 ? 500 : 500 + 300 * Math.cos(hubAngle);
            double centreY = hubs == 1 ? 500 : 500 + 300 * Math.sin(hubAngle);
            List<HubNetworkGraph.Node> nodes = hub.getValue();
            double radius = hubs == 1 ? 420 : Math.min(180, 30 + 10 * nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                double angle = 2 * Math.PI * i / nodes.size();
                double x = nodes.size() == 1 ? centreX : centreX + radius * Math.cos(angle);
                double y = nodes.size() == 1 ? centreY : centreY + radius * Math.sin(angle);
                places.put(nodes.get(i).node().key(), new double[] {x, y});
            }
            h++;
        }
        return new HubNetworkLayout(places, colours);
    }

    String colour(String origin) {
        return colours.getOrDefault(origin, "#7f7f7f");
    }

    String x(HubNetworkGraph.Node node) {
        return format(places.get(node.node().key())[0]);
    }

    String y(HubNetworkGraph.Node node) {
        return format(places.get(node.node().key())[1]);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
