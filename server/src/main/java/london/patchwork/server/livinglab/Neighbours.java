package london.patchwork.server.livinglab;

import java.util.Comparator;
import java.util.List;

/**
 * Which hubs each hub joins up with: its nearest few by the centres of their areas. The gathering joins them, and the
 * planner only ties an asset to another hub's when its hub joined that one, because a hub ties to a peer's asset
 * only once it holds a copy of it.
 */
final class Neighbours {

    /** Each hub joins this many nearest hubs. */
    static final int COUNT = 2;

    private Neighbours() {
    }

    /** The hubs {@code hub} joins, nearest first (ties by index). */
    static List<Integer> of(Plan.PlannedHub hub, List<Plan.PlannedHub> hubs) {
        return hubs.stream().filter(other -> other.index() != hub.index())
                .sorted(Comparator.comparingDouble((Plan.PlannedHub other) -> distance(hub, other))
                        .thenComparingInt(Plan.PlannedHub::index))
                .limit(COUNT).map(Plan.PlannedHub::index).toList();
    }

    private static double distance(Plan.PlannedHub a, Plan.PlannedHub b) {
        double dLat = a.latitude() - b.latitude();
        double dLon = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
