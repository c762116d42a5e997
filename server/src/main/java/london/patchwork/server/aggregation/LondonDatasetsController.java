package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.connections.ConnectionService;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.openreferral.OpenReferralService;

import java.util.Map;

/**
 * The pooled datasets for London: the assets of this hub and every joined hub (GeoJSON, CSV; streamed a page at a
 * time, with a weak ETag), and the connections and network across them, each record carrying its origin hub and
 * original id. Public and open to other sites' scripts (CORS), as the hub's own datasets are.
 */
@Controller(LondonDatasets.BASE)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LondonDatasetsController {

    static final MediaType GEOJSON = MediaType.of("application/geo+json");
    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");
    static final String GRAPHML = "application/graphml+xml";

    private final LondonDatasets datasets;
    private final AssetService assets;
    private final ConnectionService connections;
    private final OpenReferralService openReferral;

    LondonDatasetsController(LondonDatasets datasets, AssetService assets, ConnectionService connections,
                             OpenReferralService openReferral) {
        this.openReferral = openReferral;
        this.datasets = datasets;
        this.assets = assets;
        this.connections = connections;
    }

    @Get("/assets.geojson")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    HttpResponse<?> assetsGeoJson(HttpRequest<?> request) {
        return assets(request, GEOJSON, AssetService.Export.GEOJSON);
    }

    @Get("/assets.csv")
    @Produces({"text/csv", MediaType.TEXT_PLAIN})
    HttpResponse<?> assetsCsv(HttpRequest<?> request) {
        return assets(request, CSV, AssetService.Export.CSV);
    }

    @Get(value = "/connections.csv", produces = "text/csv")
    HttpResponse<String> connectionsCsv() {
        Map<String, String> names = datasets.hubNames();
        return open(HttpResponse.ok(connections.heldCsv(names::get)).contentType("text/csv; charset=utf-8"));
    }

    @Get(value = "/network.graphml", produces = GRAPHML)
    HttpResponse<String> graphml() {
        return open(HttpResponse.ok(connections.graphml()).contentType(GRAPHML + "; charset=utf-8"));
    }

    /** Open Referral UK service summaries of every hub, a page at a time ({@code ?page=}, {@code ?per_page=}). */
    @Get(value = "/openreferral/services", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> openReferralServices(@Nullable @QueryValue String page,
                                         @Nullable @QueryValue("per_page") String perPage) {
        Map<String, String> names = datasets.hubNames();
        try {
            return open(HttpResponse.ok(openReferral.heldServices(page, perPage, names::get))
                    .contentType(MediaType.APPLICATION_JSON_TYPE));
        } catch (IllegalArgumentException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private HttpResponse<?> assets(HttpRequest<?> request, MediaType type, AssetService.Export format) {
        Map<String, String> names = datasets.hubNames();
        // The hubs' names are in every record: a hub renamed changes the dataset as much as an asset edited.
        String etag = "W/\"london-assets-" + assets.heldVersion() + "-" + Integer.toHexString(names.hashCode()) + "\"";
        if (request.getHeaders().get("If-None-Match", String.class).filter(etag::equals).isPresent()) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED).header("ETag", etag);
        }
        return open(HttpResponse.ok(new StreamedFile(assets.held(format, names::get), type)).contentType(type)
                .header("ETag", etag));
    }

    private static <T> HttpResponse<T> open(io.micronaut.http.MutableHttpResponse<T> response) {
        return response.header("Cache-Control", "public, max-age=300").header("Access-Control-Allow-Origin", "*");
    }
}
