package london.patchwork.server.connections;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.instance.Uris;

/** The network's open datasets at stable URLs, made from the same snapshot as the figures on the page. */
@Controller("/datasets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkDatasetsController {

    private final NetworkExport export;
    private final AssetService assets;
    private final Uris uris;

    NetworkDatasetsController(NetworkExport export, AssetService assets, Uris uris) {
        this.export = export;
        this.assets = assets;
        this.uris = uris;
    }

    @Get(value = "/connections.csv", produces = "text/csv")
    public HttpResponse<String> connectionsCsv() {
        return HttpResponse.ok(NetworkFormats.connectionsCsv(export.snapshot(), this::tieUrl))
                .contentType("text/csv; charset=utf-8");
    }

    @Get(value = "/network.kumu.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<KumuJson.Map> kumu() {
        NetworkExport.Snapshot snapshot = export.snapshot();
        // One query for every asset's description and tags, not one per element.
        java.util.Map<Long, AssetService.Entry> entries = assets.entries(snapshot.nodes().values().stream()
                .map(Network.Node::assetId).filter(java.util.Objects::nonNull).toList());
        return HttpResponse.ok(KumuJson.of(snapshot, id -> java.util.Optional.ofNullable(entries.get(id)),
                this::tieUrl));
    }

    @Get(value = "/network.graphml", produces = NetworkDatasets.GRAPHML)
    public HttpResponse<String> graphml() {
        return HttpResponse.ok(NetworkFormats.graphml(export.snapshot()))
                .contentType(NetworkDatasets.GRAPHML + "; charset=utf-8");
    }

    private String tieUrl(long id) {
        return uris.page("/connections/" + id).toString();
    }
}
