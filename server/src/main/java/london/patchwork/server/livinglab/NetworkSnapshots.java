package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the pan-London Hub's {@code GET /api/patchwork/hubs/network} answer into the report's
 * {@link LabReport.NetworkSnapshot}: nodes named by hub, figures worked out with jgrapht, and positions for the
 * drawing. The AFTER network is laid out first and BEFORE's nodes are put where they are in AFTER, so a reader
 * comparing the two drawings sees the same asset in the same place.
 */
public final class NetworkSnapshots {

    private final long seed;
    private final Map<String, String> hubNames;

    /**
     * @param seed     the run's seed: communities and layout follow from it
     * @param hubNames hub names by origin host (with port when there is one); origins not listed keep the name
     *                 the Hub gave them, or their host
     */
    public NetworkSnapshots(long seed, Map<String, String> hubNames) {
        this.seed = seed;
        this.hubNames = Map.copyOf(hubNames);
    }

    /** Both snapshots of a run. */
    public record BeforeAndAfter(LabReport.NetworkSnapshot before, LabReport.NetworkSnapshot after) {
    }

    /** Hub names by the host of their URL, to pass as {@code hubNames}. */
    public static Map<String, String> hubNames(List<LabReport.HubFigures> hubs) {
        Map<String, String> names = new LinkedHashMap<>();
        hubs.forEach(hub -> names.put(hostOf(hub.url()), hub.name()));
        return names;
    }

    /** The host (and port) of an origin given as a URL or as a bare host. */
    public static String hostOf(String origin) {
        if (origin == null || origin.isBlank()) {
            return "";
        }
        if (!origin.contains("://")) {
            return origin.toLowerCase(java.util.Locale.ROOT);
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException notAUri) {
            return origin.toLowerCase(java.util.Locale.ROOT);
        }
        String host = uri.getHost() == null ? origin : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    public BeforeAndAfter beforeAndAfter(JsonNode before, JsonNode after) {
        Raw rawBefore = read(before);
        Raw rawAfter = read(after);
        List<String> hubs = Stream.concat(rawBefore.hubOf.values().stream(), rawAfter.hubOf.values().stream())
                .toList();
        NetworkLayout layout = new NetworkLayout(hubs, seed);
        Map<String, NetworkLayout.Point> placed = layout.place(rawAfter.hubOf, rawAfter.ties);
        LabReport.NetworkSnapshot afterSnapshot = build("after", rawAfter, layout, placed);
        LabReport.NetworkSnapshot beforeSnapshot = build("before", rawBefore, layout, placed);
        return new BeforeAndAfter(beforeSnapshot, afterSnapshot);
    }

    /** One snapshot, laid out on its own. */
    public LabReport.NetworkSnapshot snapshot(String label, JsonNode network) {
        Raw raw = read(network);
        NetworkLayout layout = new NetworkLayout(List.copyOf(raw.hubOf.values()), seed);
        return build(label, raw, layout, layout.place(raw.hubOf, raw.ties));
    }

    private record Raw(List<JsonNode> nodes, Map<String, String> hubOf, List<LabReport.Tie> ties) {
    }

    private Raw read(JsonNode network) {
        List<JsonNode> nodes = new ArrayList<>();
        Map<String, String> hubOf = new LinkedHashMap<>();
        for (JsonNode node : network.path("nodes")) {
            String key = node.path("key").asText();
            if (key.isEmpty() || hubOf.containsKey(key)) {
                continue;
            }
            nodes.add(node);
            hubOf.put(key, hubName(node.path("origin"), hubNames));
        }
        List<LabReport.Tie> ties = new ArrayList<>();
        for (JsonNode tie : network.path("ties")) {
            String from = tie.path("from").asText();
            String to = tie.path("to").asText();
            // The Hub's "bridge" means the tie ends on two hubs; without it, the nodes' hubs tell.
            boolean across = tie.has("bridge") ? tie.path("bridge").asBoolean()
                    : hubOf.containsKey(from) && hubOf.containsKey(to) && !hubOf.get(from).equals(hubOf.get(to));
            ties.add(new LabReport.Tie(from, to, tie.path("type").asText(""), across, false));
        }
        return new Raw(nodes, hubOf, ties);
    }

    /**
     * The hub an item is on, from the Hub's {@code origin}: an object ({@code name}, {@code url}, …) as the Hub
     * sends it, or a bare URL or host. A name in {@code hubNames} wins, so the report names hubs as the lab does;
     * otherwise the name the Hub gave, otherwise the host.
     */
    static String hubName(JsonNode origin, Map<String, String> hubNames) {
        String url = origin.isObject() ? origin.path("url").asText("") : origin.asText("");
        String host = hostOf(url);
        String named = hubNames.get(host);
        if (named != null) {
            return named;
        }
        String given = origin.path("name").asText("");
        return given.isBlank() ? host : given;
    }

    private LabReport.NetworkSnapshot build(String label, Raw raw, NetworkLayout layout,
                                            Map<String, NetworkLayout.Point> placed) {
        NetworkFigures figures = NetworkFigures.of(raw.hubOf.keySet(), raw.ties, seed);
        int maxCore = figures.metrics().maxCore();
        List<LabReport.Node> nodes = new ArrayList<>();
        for (JsonNode node : raw.nodes) {
            String key = node.path("key").asText();
            String hub = raw.hubOf.get(key);
            NetworkLayout.Point point = layout.placeLike(key, hub, placed);
            int core = figures.coreness().getOrDefault(key, 0);
            nodes.add(new LabReport.Node(key, node.path("name").asText(key), hub, node.path("kind").asText(""),
                    point.x(), point.y(), core, core == maxCore, figures.clusterOf().getOrDefault(key, 0)));
        }
        List<LabReport.Tie> ties = raw.ties.stream()
                .filter(tie -> raw.hubOf.containsKey(tie.from()) && raw.hubOf.containsKey(tie.to()))
                .map(tie -> new LabReport.Tie(tie.from(), tie.to(), tie.type(), tie.acrossHubs(),
                        figures.isBridge(tie)))
                .toList();
        return new LabReport.NetworkSnapshot(label, List.copyOf(nodes), ties, figures.metrics());
    }
}
