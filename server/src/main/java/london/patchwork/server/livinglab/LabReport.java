package london.patchwork.server.livinglab;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The figures of one run, written as {@code report.json} and drawn as {@code report.html}.
 *
 * @param published          items members published (posts, threads, guides, articles, events, assets, ties and
 *                           accepted introductions) and residents' replies, likes and RSVPs
 * @param expected           deliveries the run expected (see {@link Audience}): each hub's item to the pan-London
 *                           Hub, the hubs joined up with its hub and the residents its hub or the Hub boosts it to;
 *                           each resident's reply, like or RSVP to its hub
 * @param delivered          expected deliveries that arrived (counted once each)
 * @param lost               expected deliveries that never arrived
 * @param duplicates         deliveries of an activity to an inbox that had already accepted it
 * @param propagation        publish to first arrival, over every expected delivery that arrived
 * @param deliveriesPerSecond accepted inbox POSTs (every sender, every inbox) per second of the run's busy part
 * @param attempts           inbox POSTs attempted, everywhere
 * @param failures           inbox POSTs that failed (no connection, 5xx, timeout)
 * @param retries            inbox POSTs of an activity to an inbox already tried
 */
public record LabReport(String scenario, long seed, int hubs, int residents, int days, Instant startedAt,
                        Duration wall, long published, long expected, long delivered, long lost, long duplicates,
                        Percentiles propagation, Percentiles toHub, Percentiles toResidents,
                        double deliveriesPerSecond, long attempts, long failures, long retries,
                        List<HubFigures> hubFigures, List<FaultFigures> faults, List<DayFigures> daily,
                        List<Bucket> propagationHistogram, List<KindFigures> kinds, NetworkSnapshot before,
                        NetworkSnapshot after, List<MapPoint> map) {

    /** Milliseconds. */
    public record Percentiles(long count, double p50, double p95, double p99, double max) {
    }

    /** One hub (the pan-London Hub is {@code london}) with memory as the operating system saw its process. */
    public record HubFigures(String name, String area, String url, long published, long rssBytes,
                             long peakRssBytes, long heapUsedBytes, int restarts) {
    }

    /**
     * A fault and how the network caught up: {@code caughtUp} from its end to the arrival of the last expected
     * delivery held back by it (zero when none was).
     */
    public record FaultFigures(String kind, String hub, int day, Duration lasted, long heldBack, Duration caughtUp,
                               long lostAfter) {
    }

    /** A simulated day's figures. */
    public record DayFigures(int day, String date, long published, long delivered, long failures, double p95) {
    }

    /** How many arrivals took at most {@code upToMs} (and more than the previous bucket's). */
    public record Bucket(long upToMs, long count) {
    }

    /** Published and delivered by kind of item (post, thread, guide, article, event, asset, tie, reply). */
    public record KindFigures(String kind, long published, long expected, long delivered, long lost) {
    }

    /** The network of assets and ties across every hub, as the pan-London Hub held it at one moment. */
    public record NetworkSnapshot(String label, List<Node> nodes, List<Tie> ties, NetworkMetrics metrics) {
    }

    /** A node, with where the report draws it ({@code x}, {@code y} in 0..1000) and its role in the metrics. */
    public record Node(String key, String name, String hub, String kind, double x, double y, int core,
                       boolean inCore, int cluster) {
    }

    /** A tie; {@code acrossHubs} when its ends are on two hubs, {@code bridge} when removing it splits a cluster. */
    public record Tie(String from, String to, String type, boolean acrossHubs, boolean bridge) {
    }

    /**
     * Density (ties over possible pairs), clusters (connected components, and communities by label propagation),
     * bridges (ties whose removal disconnects), core (the nodes of the highest k-core) and periphery (the rest).
     */
    public record NetworkMetrics(int nodes, int ties, double density, int clusters, int communities, int bridges,
                                 int maxCore, int coreSize, int peripherySize, double averageClustering,
                                 int tiesAcrossHubs) {
    }

    /** A placed asset on the map. */
    public record MapPoint(String name, String hub, String kind, double latitude, double longitude) {
    }
}
