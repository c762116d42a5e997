package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network's datasets are made of: the figures' snapshot (so every node's metrics agree with the page) and
 * the live ties behind its links, for what a link does not carry (note, dates).
 */
@Singleton
class NetworkExport {

    private static final int PAGE = 1000;

    private final NetworkFiguresCache cache;
    private final ConnectionService connections;

    NetworkExport(NetworkFiguresCache cache, ConnectionService connections) {
        this.cache = cache;
        this.connections = connections;
    }

    /** The snapshot, its nodes by key and its links' ties. */
    record Snapshot(NetworkFigures figures, Map<String, Network.Node> nodes, Map<Long, Tie> ties) {

        @Nullable
        Tie tie(Network.Link link) {
            return ties.get(link.tieId());
        }

        String note(Network.Link link) {
            Tie tie = tie(link);
            return tie == null ? "" : tie.note();
        }
    }

    Snapshot snapshot() {
        NetworkFigures figures = cache.figures();
        Map<String, Network.Node> nodes = new HashMap<>();
        figures.network().nodes().forEach(node -> nodes.put(node.key(), node));
        Map<Long, Tie> ties = new HashMap<>();
        for (Tie tie : allTies()) {
            ties.put(tie.id(), tie);
        }
        return new Snapshot(figures, nodes, ties);
    }

    private List<Tie> allTies() {
        List<Tie> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Tie> page = connections.page(null, after, PAGE);
            all.addAll(page.subList(0, Math.min(PAGE, page.size())));
            if (page.size() <= PAGE) {
                return all;
            }
            after = page.get(PAGE - 1).id();
        }
    }
}
