package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Simulated time for the {@link Planner}: things to decide at a moment, run in time order (then in the order they
 * were put in), so that each decision sees only what was published before it. A decision may put in later ones.
 * Nothing at or after the end of the run is kept.
 */
final class PlannerAgenda {

    private record Entry(Duration at, long order, Consumer<Duration> decision) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
    private final Duration end;
    private long order;

    PlannerAgenda(Duration end) {
        this.end = end;
    }

    void at(Duration at, Consumer<Duration> decision) {
        if (at.compareTo(end) < 0) {
            queue.add(new Entry(at, order++, decision));
        }
    }

    void run() {
        while (!queue.isEmpty()) {
            Entry next = queue.poll();
            next.decision().accept(next.at());
        }
    }
}
