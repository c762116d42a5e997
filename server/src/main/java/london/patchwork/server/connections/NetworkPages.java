package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.connections.NetworkPageView;
import london.patchwork.web.connections.WeavingView;
import london.patchwork.web.layout.PageMeta;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The network's pages as view models for {@code web/connections/}. */
@Singleton
class NetworkPages {

    static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    /** Ten colours told apart by most eyes (Tableau 10); communities past ten share them. */
    private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    private final SiteContext site;
    private final Uris uris;

    NetworkPages(SiteContext site, Uris uris) {
        this.site = site;
        this.uris = uris;
    }

    NetworkPageView network(NetworkFigures figures, boolean stale, NetworkFilter filter, List<TieType> types,
                            String error) {
        NetworkFilter.Shown shown = filter.apply(figures);
        int most = shown.nodes().stream().mapToInt(node -> figures.nodes().get(node.key()).degree()).max().orElse(1);
        List<NetworkPageView.NodeRow> rows = shown.nodes().stream().map(node -> {
            NetworkFigures.Node metrics = figures.nodes().get(node.key());
            NetworkFigures.Point at = figures.layout().get(node.key());
            return new NetworkPageView.NodeRow(node.name(), node.kind(), node.url(), number(at.x()), number(at.y()),
                    number(5 + 15.0 * Math.sqrt((double) metrics.degree() / Math.max(1, most))),
                    PALETTE.get(metrics.community() % PALETTE.size()), metrics.degree(),
                    figure(metrics.betweenness()), figure(metrics.closeness()), figure(metrics.clustering()),
                    metrics.core(), metrics.community());
        }).toList();
        List<NetworkPageView.TieLine> lines = shown.links().stream().map(link -> {
            NetworkFigures.Point from = figures.layout().get(link.from());
            NetworkFigures.Point to = figures.layout().get(link.to());
            return new NetworkPageView.TieLine(number(from.x()), number(from.y()), number(to.x()), number(to.y()),
                    link.type(), link.mutual());
        }).toList();
        String query = (filter.type().isEmpty() ? "" : "type=" + encode(filter.type()))
                + (filter.kind().isEmpty() ? "" : (filter.type().isEmpty() ? "" : "&") + "kind=" + encode(filter.kind()));
        return new NetworkPageView(site.site(), PageMeta.of("The network", "The assets and people of "
                + site.site().hubName() + " and the ties between them", uris.page("/network").toString()),
                READABLE.format(figures.computedAt()), stale, wholeFigures(figures.whole()),
                types.stream().map(type -> new NetworkPageView.Option(type.slug(), type.name())).toList(),
                NetworkFilter.kinds(figures).stream().map(kind -> new NetworkPageView.Option(kind, kind)).toList(),
                filter.type(), filter.kind(), error, rows, lines, shown.matched(),
                "/api/patchwork/network" + (query.isEmpty() ? "" : "?" + query), CYTOSCAPE);
    }

    WeavingView weaving(NetworkFigures figures) {
        Map<String, WeavingView.NodeLink> links = figures.network().nodes().stream().collect(Collectors.toMap(
                Network.Node::key, node -> new WeavingView.NodeLink(node.name(), node.url())));
        Function<String, WeavingView.NodeLink> link = links::get;
        NetworkFigures.Weaving weaving = figures.weaving();
        return new WeavingView(site.site(), PageMeta.of("The weaver's view", "Brokers, isolated clusters and "
                + "single points of failure in the network of " + site.site().hubName(),
                uris.page("/network/weaving").toString()), READABLE.format(figures.computedAt()),
                weaving.brokers().stream().map(broker -> new WeavingView.Broker(link.apply(broker.key()),
                        figure(broker.betweenness()), broker.communities().size() > 1
                        ? "bridging communities " + broker.communities().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) : "within community " + broker.communities().getFirst()))
                        .toList(),
                weaving.isolatedClusters().stream().map(cluster -> cluster.stream().map(link).toList()).toList(),
                weaving.cutPoints().stream().map(split -> new WeavingView.Split(List.of(link.apply(split.key())),
                        pieces(split.pieces()))).toList(),
                weaving.bridges().stream().map(bridge -> new WeavingView.Split(List.of(link.apply(bridge.from()),
                        link.apply(bridge.to())), pieces(List.of(bridge.fromSide(), bridge.toSide())))).toList(),
                weaving.periphery().stream().map(link).toList());
    }

    private static String pieces(List<Integer> sizes) {
        return "the network splits into pieces of " + sizes.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " nodes";
    }

    private static List<NetworkPageView.Figure> wholeFigures(NetworkFigures.Whole whole) {
        List<NetworkPageView.Figure> figures = new ArrayList<>();
        figures.add(new NetworkPageView.Figure("Nodes", String.valueOf(whole.nodes())));
        figures.add(new NetworkPageView.Figure("Ties", String.valueOf(whole.ties())));
        figures.add(new NetworkPageView.Figure("Density", figure(whole.density())));
        figures.add(new NetworkPageView.Figure("Components", String.valueOf(whole.components())));
        figures.add(new NetworkPageView.Figure("Average clustering", figure(whole.averageClustering())));
        figures.add(new NetworkPageView.Figure("Bridges", String.valueOf(whole.bridges())));
        figures.add(new NetworkPageView.Figure("Cut-points", String.valueOf(whole.cutPoints())));
        figures.add(new NetworkPageView.Figure("Core (" + whole.maxCore() + "-core) / periphery",
                whole.coreSize() + " / " + whole.peripherySize()));
        figures.add(new NetworkPageView.Figure("Communities", String.valueOf(whole.communities())));
        return figures;
    }

    static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
