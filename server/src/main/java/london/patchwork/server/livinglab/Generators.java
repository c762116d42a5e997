package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * The random shapes a plan is made of: small-world graphs for a borough's first ties, preferential attachment for
 * the ties that grow later, places scattered around an area's centre, counts of things that happen at a mean rate.
 * Every method draws only from the generator it is given, so a seeded generator gives the same result every time.
 */
public final class Generators {

    /** Kinds of asset, as the server lists them. */
    public static final List<String> ASSET_KINDS = List.of("place", "organisation", "group", "service", "skill");

    /** Categories of asset, as the server lists them. */
    public static final List<String> CATEGORIES = List.of("gifts", "associations", "institutions",
            "physical-spaces", "local-economy", "culture-stories");

    private static final double KM_PER_DEGREE = 111.32;

    private Generators() {
    }

    /** An undirected edge between nodes {@code a} and {@code b}, {@code a != b}. */
    public record Edge(int a, int b) {
    }

    /**
     * A Watts–Strogatz small world of {@code n} nodes: a ring lattice where each node is tied to its {@code k/2}
     * nearest neighbours on each side, then each tie's far end is moved to a random node with chance {@code p}
     * (never making a self-tie or a second tie between the same two nodes). It has {@code n*k/2} edges; {@code k}
     * is rounded down to an even number and to at most {@code n-1}.
     */
    public static List<Edge> smallWorld(int n, int k, double p, RandomGenerator random) {
        int half = Math.min(k, n - 1) / 2;
        List<Edge> edges = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (int j = 1; j <= half; j++) {
            for (int i = 0; i < n; i++) {
                Edge edge = new Edge(i, (i + j) % n);
                edges.add(edge);
                present.add(pair(edge.a(), edge.b()));
            }
        }
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            if (random.nextDouble() >= p) {
                continue;
            }
            // A node already tied to every other node has nowhere to go; 2*half < n leaves room otherwise.
            int target = random.nextInt(n);
            if (target == edge.a() || present.contains(pair(edge.a(), target))) {
                continue;
            }
            present.remove(pair(edge.a(), edge.b()));
            present.add(pair(edge.a(), target));
            edges.set(e, new Edge(edge.a(), target));
        }
        return List.copyOf(edges);
    }

    /**
     * A node picked with probability proportional to its degree + 1 among those {@code allowed}, or -1 when none is.
     * The +1 lets a node without ties be picked at all.
     */
    public static int preferential(List<Integer> degrees, IntPredicate allowed, RandomGenerator random) {
        long total = 0;
        for (int i = 0; i < degrees.size(); i++) {
            if (allowed.test(i)) {
                total += degrees.get(i) + 1L;
            }
        }
        if (total == 0) {
            return -1;
        }
        long draw = random.nextLong(total);
        for (int i = 0; i < degrees.size(); i++) {
            if (allowed.test(i)) {
                draw -= degrees.get(i) + 1L;
                if (draw < 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("unreachable: weights summed to " + total);
    }

    /** How many times something with a mean of {@code mean} per period happens in one period (Poisson). */
    public static int poisson(double mean, RandomGenerator random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A point uniformly within {@code km} of a centre, as {latitude, longitude} rounded to about a metre. */
    public static double[] around(double latitude, double longitude, double km, RandomGenerator random) {
        double distance = km * Math.sqrt(random.nextDouble());
        double bearing = random.nextDouble() * 2 * Math.PI;
        double lat = latitude + distance * Math.cos(bearing) / KM_PER_DEGREE;
        double lon = longitude + distance * Math.sin(bearing)
                / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new double[] {round5(lat), round5(lon)};
    }

    /** Distance in kilometres, flat-earth: good enough across a city. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * KM_PER_DEGREE;
        double dx = (lon2 - lon1) * KM_PER_DEGREE * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(dx, dy);
    }

    /** A kind of asset; places, groups and organisations are the commonest on a community map. */
    public static String assetKind(RandomGenerator random) {
        double draw = random.nextDouble();
        return draw < 0.35 ? "place" : draw < 0.55 ? "organisation" : draw < 0.75 ? "group"
                : draw < 0.9 ? "service" : "skill";
    }

    /** A category that suits an asset's kind. */
    public static String category(String kind, RandomGenerator random) {
        boolean usual = random.nextDouble() < 0.75;
        return switch (kind) {
            case "place" -> usual ? "physical-spaces" : "culture-stories";
            case "organisation" -> usual ? "associations" : "institutions";
            case "group" -> usual ? "associations" : "culture-stories";
            case "service" -> usual ? "institutions" : "local-economy";
            case "skill" -> usual ? "gifts" : "local-economy";
            default -> CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        };
    }

    /** A moment in {@code [from, from + span)}, to the second. */
    public static Duration within(Duration from, Duration span, RandomGenerator random) {
        long seconds = Math.max(1, span.toSeconds());
        return from.plusSeconds(random.nextLong(seconds));
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static double round5(double value) {
        return Math.round(value * 100_000) / 100_000.0;
    }
}
