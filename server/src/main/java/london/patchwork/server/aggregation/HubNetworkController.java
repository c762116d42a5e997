package london.patchwork.server.aggregation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.connections.ConnectionService;
import london.patchwork.server.site.Pages;
import london.patchwork.web.hubs.HubNetworkView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network across hubs: every tie held here (this hub's and those kept from joined hubs), nodes coloured by the
 * hub that holds them, ties between two hubs marked, and the figures between hubs. The page draws it as SVG on the
 * server; the JSON is the same graph.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HubNetworkController {

    static final int MAX_ROWS = 500;

    private final ConnectionService connections;
    private final JoinedHubs hubs;
    private final JoinedPages pages;

    HubNetworkController(ConnectionService connections, JoinedHubs hubs, JoinedPages pages) {
        this.connections = connections;
        this.hubs = hubs;
        this.pages = pages;
    }

    @Get("/hubs/network")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page() {
        HubNetworkGraph graph = HubNetworkGraph.of(connections.web(), null);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        HubNetworkLayout layout = HubNetworkLayout.of(graph);
        List<HubNetworkView.Node> nodes = graph.nodes().stream().map(node -> new HubNetworkView.Node(
                node.node().name(), node.node().kind(), node.node().url(), name(known, node.origin()),
                layout.colour(node.origin()), layout.x(node), layout.y(node))).toList();
        List<HubNetworkView.Line> lines = graph.ties().stream().map(tie -> new HubNetworkView.Line(layout.x(tie.from()),
                layout.y(tie.from()), layout.x(tie.to()), layout.y(tie.to()), tie.bridge(), tie.tie().type()))
                .toList();
        Map<String, Integer> perHub = new LinkedHashMap<>();
        graph.nodes().forEach(node -> perHub.merge(node.origin(), 1, Integer::sum));
        List<HubNetworkView.Legend> legend = perHub.entrySet().stream().map(entry -> new HubNetworkView.Legend(
                name(known, entry.getKey()), JoinedHubs.label(known, entry.getKey()).url(),
                layout.colour(entry.getKey()), entry.getValue())).toList();
        List<HubNetworkView.Pair> pairs = graph.pairs().stream().map(pair -> new HubNetworkView.Pair(
                name(known, pair.first()), name(known, pair.second()), pair.ties())).toList();
        List<HubNetworkView.Broker> brokers = graph.brokers().stream().limit(20).map(broker ->
                new HubNetworkView.Broker(broker.node().node().name(), broker.node().node().url(),
                        name(known, broker.node().origin()), broker.hubs(), broker.ties())).toList();
        List<HubNetworkView.TieRow> rows = graph.ties().stream()
                .sorted((a, b) -> Boolean.compare(b.bridge(), a.bridge())).limit(MAX_ROWS)
                .map(tie -> new HubNetworkView.TieRow(tie.from().node().name(), tie.from().node().url(),
                        name(known, tie.from().origin()), tie.tie().type(), tie.to().node().name(),
                        tie.to().node().url(), name(known, tie.to().origin()), tie.bridge())).toList();
        HubNetworkView view = new HubNetworkView(pages.site(), pages.meta("The network across hubs", "Ties between "
                + "the places, groups and people of " + pages.site().hubName() + " and the hubs it has joined up "
                + "with", "/hubs/network"), nodes, lines, legend, graph.ties().size(), (int) graph.bridges(), pairs,
                brokers, rows);
        return HttpResponse.ok(Pages.render("hubs/network", view)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/api/patchwork/hubs/network")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> json() {
        HubNetworkGraph graph = HubNetworkGraph.of(connections.web(), null);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        List<JoinedJson.Node> nodes = graph.nodes().stream().map(node -> new JoinedJson.Node(node.node().key(),
                node.node().name(), node.node().kind(), node.node().category(), node.node().url(),
                origin(known, node.origin()))).toList();
        List<JoinedJson.Tie> ties = graph.ties().stream().map(tie -> new JoinedJson.Tie(tie.tie().id(),
                tie.tie().from(), tie.tie().to(), tie.tie().type(), tie.tie().mutual(), tie.tie().strength(),
                tie.bridge())).toList();
        List<JoinedJson.Pair> pairs = graph.pairs().stream().map(pair -> new JoinedJson.Pair(
                origin(known, pair.first()), origin(known, pair.second()), pair.ties())).toList();
        List<JoinedJson.Broker> brokers = graph.brokers().stream().map(broker -> new JoinedJson.Broker(
                broker.node().node().key(), broker.node().node().name(), broker.node().node().url(),
                origin(known, broker.node().origin()), broker.hubs(), broker.ties())).toList();
        return HttpResponse.ok(new JoinedJson.Network(nodes, ties, new JoinedJson.Figures(ties.size(),
                graph.bridges(), pairs, brokers)));
    }

    private static String name(Map<String, JoinedHubs.Origin> known, String origin) {
        return JoinedHubs.label(known, origin).name();
    }

    private static JoinedJson.Origin origin(Map<String, JoinedHubs.Origin> known, String origin) {
        return JoinedJson.Origin.of(JoinedHubs.label(known, origin));
    }
}
