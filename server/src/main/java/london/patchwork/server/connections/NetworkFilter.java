package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of the network a reader asked to see: ties of one type, nodes of one kind (empty: all). With a type,
 * only the nodes with a tie of that type are shown; the figures stay the whole network's.
 */
record NetworkFilter(String type, String kind) {

    /** The most nodes a drawing shows: past it, those with the most ties. */
    static final int MOST_DRAWN = 600;

    static NetworkFilter of(@Nullable String type, @Nullable String kind) {
        return new NetworkFilter(type == null ? "" : type.strip().toLowerCase(Locale.ROOT),
                kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT));
    }

    /** Why the filter names nothing that exists, or empty. */
    String problem(List<TieType> types, NetworkFigures figures) {
        if (!type.isEmpty() && types.stream().noneMatch(known -> known.slug().equals(type))) {
            return "There is no type of connection " + type + ".";
        }
        if (!kind.isEmpty() && !kinds(figures).contains(kind)) {
            return "There is no kind of node " + kind + " in the network.";
        }
        return "";
    }

    static List<String> kinds(NetworkFigures figures) {
        return figures.network().nodes().stream().map(Network.Node::kind).distinct().sorted().toList();
    }

    /** The nodes and ties shown: nodes by most ties first, at most {@link #MOST_DRAWN}. */
    Shown apply(NetworkFigures figures) {
        List<Network.Link> typed = figures.network().links().stream()
                .filter(link -> type.isEmpty() || link.type().equals(type)).toList();
        Set<String> withType = new HashSet<>();
        typed.forEach(link -> {
            withType.add(link.from());
            withType.add(link.to());
        });
        List<Network.Node> matching = figures.network().nodes().stream()
                .filter(node -> kind.isEmpty() || node.kind().equals(kind))
                .filter(node -> type.isEmpty() || withType.contains(node.key())).toList();
        List<Network.Node> nodes = matching.stream()
                .sorted(Comparator.<Network.Node>comparingInt(node -> figures.nodes().get(node.key()).degree())
                        .reversed().thenComparing(Network.Node::name).thenComparing(Network.Node::key))
                .limit(MOST_DRAWN).toList();
        Set<String> keys = new HashSet<>(nodes.stream().map(Network.Node::key).toList());
        List<Network.Link> links = typed.stream()
                .filter(link -> keys.contains(link.from()) && keys.contains(link.to())).toList();
        return new Shown(nodes, links, matching.size());
    }

    /** What is shown, and how many nodes matched before the cut to {@link #MOST_DRAWN}. */
    record Shown(List<Network.Node> nodes, List<Network.Link> links, int matched) {
    }
}
