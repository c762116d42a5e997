package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Where the report draws each node, in a 1000 × 1000 square: each hub has a centre on a circle, its nodes start
 * round that centre and a few rounds of a seeded force layout pull tied nodes together. Everything is derived from
 * the seed and the nodes' keys, so the same network is always drawn the same way.
 */
public final class NetworkLayout {

    /** Pairwise repulsion is quadratic; past this many nodes the start positions are good enough. */
    private static final int MAX_NODES_FOR_FORCES = 1_500;
    private static final int ROUNDS = 60;
    private static final double MARGIN = 40;

    private final List<String> hubs;
    private final long seed;

    /** @param hubs every hub either snapshot has nodes on, so a hub keeps its centre in both drawings */
    public NetworkLayout(List<String> hubs, long seed) {
        this.hubs = hubs.stream().distinct().sorted().toList();
        this.seed = seed;
    }

    /** A point in the drawing. */
    public record Point(double x, double y) {
    }

    public Point centre(String hub) {
        int index = Math.max(0, hubs.indexOf(hub));
        if (hubs.size() <= 1) {
            return new Point(500, 500);
        }
        // Starting on the left puts two hubs side by side, which suits the drawings' square best.
        double angle = Math.PI + 2 * Math.PI * index / hubs.size();
        return new Point(500 + 300 * Math.cos(angle), 500 + 300 * Math.sin(angle));
    }

    /**
     * Lays out a whole network.
     *
     * @param hubOf each node's hub, by key
     * @param ties  pairs of keys
     */
    public Map<String, Point> place(Map<String, String> hubOf, List<LabReport.Tie> ties) {
        Random random = new Random(seed);
        List<String> keys = new ArrayList<>(new TreeMap<>(hubOf).keySet());
        Map<String, List<String>> byHub = new TreeMap<>();
        keys.forEach(key -> byHub.computeIfAbsent(hubOf.get(key), hub -> new ArrayList<>()).add(key));
        double[] x = new double[keys.size()];
        double[] y = new double[keys.size()];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        for (List<String> members : byHub.values()) {
            double radius = Math.min(140, 15 + 12 * Math.sqrt(members.size()));
            for (int j = 0; j < members.size(); j++) {
                String key = members.get(j);
                Point centre = centre(hubOf.get(key));
                double angle = 2 * Math.PI * j / members.size() + random.nextDouble() * 0.3;
                int i = index.get(key);
                x[i] = centre.x() + radius * Math.cos(angle);
                y[i] = centre.y() + radius * Math.sin(angle);
            }
        }
        if (keys.size() <= MAX_NODES_FOR_FORCES) {
            relax(keys, hubOf, ties, index, x, y);
        }
        Map<String, Point> placed = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            placed.put(keys.get(i), new Point(round(clamp(x[i])), round(clamp(y[i]))));
        }
        return placed;
    }

    /** Where a node of another snapshot goes: where it is in {@code placed}, else near its hub's centre. */
    public Point placeLike(String key, String hub, Map<String, Point> placed) {
        Point known = placed.get(key);
        if (known != null) {
            return known;
        }
        Point centre = centre(hub);
        double angle = (key.hashCode() & 0xffff) / 65536.0 * 2 * Math.PI;
        return new Point(round(clamp(centre.x() + 60 * Math.cos(angle))), round(clamp(centre.y() + 60 * Math.sin(angle))));
    }

    private void relax(List<String> keys, Map<String, String> hubOf, List<LabReport.Tie> ties,
                       Map<String, Integer> index, double[] x, double[] y) {
        int n = keys.size();
        // The ideal distance shrinks as a hub's share of the square fills up.
        double k = Math.max(12, 0.6 * Math.sqrt(1_000_000.0 / Math.max(1, n)) / Math.sqrt(Math.max(1, hubs.size())));
        Point[] centres = keys.stream().map(key -> centre(hubOf.get(key))).toArray(Point[]::new);
        for (int round = 0; round < ROUNDS; round++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    double ex = x[a] - x[b];
                    double ey = y[a] - y[b];
                    double d = Math.max(0.5, Math.hypot(ex, ey));
                    if (d > 3 * k) {
                        // Far nodes are left alone, so a lone asset stays by its hub instead of fleeing to a corner.
                        continue;
                    }
                    double force = k * k / d;
                    dx[a] += ex / d * force;
                    dy[a] += ey / d * force;
                    dx[b] -= ex / d * force;
                    dy[b] -= ey / d * force;
                }
            }
            for (LabReport.Tie tie : ties) {
                Integer a = index.get(tie.from());
                Integer b = index.get(tie.to());
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double d = Math.max(0.5, Math.hypot(ex, ey));
                double force = d * d / k;
                dx[a] -= ex / d * force;
                dy[a] -= ey / d * force;
                dx[b] += ex / d * force;
                dy[b] += ey / d * force;
            }
            double temperature = 40.0 * (1 - (double) round / ROUNDS) + 1;
            for (int i = 0; i < n; i++) {
                // A pull back to the hub's centre keeps each hub's nodes together in the drawing.
                dx[i] += (centres[i].x() - x[i]) * 0.3;
                dy[i] += (centres[i].y() - y[i]) * 0.3;
                double length = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
                double step = Math.min(length, temperature);
                x[i] = clamp(x[i] + dx[i] / length * step);
                y[i] = clamp(y[i] + dy[i] / length * step);
            }
        }
    }

    private static double clamp(double value) {
        return Math.max(MARGIN, Math.min(1000 - MARGIN, value));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
