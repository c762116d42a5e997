package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.List;

/**
 * One network metric before and after the run, shared by {@code report.json} and the page's metrics table so
 * both list the same figures under the same names.
 *
 * @param key    the snake_case key in {@code report.json}
 * @param label  what a facilitator reads
 * @param whole  a count rather than a ratio
 */
public record NetworkChange(String key, String label, boolean whole, double before, double after) {

    /** A metric of one snapshot. */
    public record Row(String key, String label, boolean whole, double value) {
    }

    public double difference() {
        return after - before;
    }

    public static List<Row> rows(LabReport.NetworkMetrics m) {
        return List.of(
                new Row("nodes", "Nodes", true, m.nodes()),
                new Row("ties", "Ties", true, m.ties()),
                new Row("density", "Density (ties over possible pairs)", false, m.density()),
                new Row("clusters", "Clusters (connected groups)", true, m.clusters()),
                new Row("communities", "Communities (label propagation)", true, m.communities()),
                new Row("bridges", "Bridges (ties that alone hold two parts together)", true, m.bridges()),
                new Row("max_core", "Highest core (k)", true, m.maxCore()),
                new Row("core_size", "Nodes in the core", true, m.coreSize()),
                new Row("periphery_size", "Nodes on the periphery", true, m.peripherySize()),
                new Row("average_clustering", "Average clustering", false, m.averageClustering()),
                new Row("ties_across_hubs", "Ties across hubs", true, m.tiesAcrossHubs()));
    }

    public static List<NetworkChange> between(LabReport.NetworkMetrics before, LabReport.NetworkMetrics after) {
        List<Row> a = rows(before);
        List<Row> b = rows(after);
        List<NetworkChange> changes = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            changes.add(new NetworkChange(a.get(i).key(), a.get(i).label(), a.get(i).whole(), a.get(i).value(),
                    b.get(i).value()));
        }
        return List.copyOf(changes);
    }
}
