package london.patchwork.server.assets;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The hub's own listed assets as open data: GeoJSON for maps, CSV for spreadsheets and the imports. Peers' assets are
 * left out until the pan-London Hub adds their origin to the columns. Streamed a page at a time; an ETag lets a
 * harvester skip an unchanged dataset.
 */
@Controller("/datasets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssetDatasetsController {

    static final MediaType GEOJSON = MediaType.of("application/geo+json");
    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private final ListedAssets listed;

    AssetDatasetsController(ListedAssets listed) {
        this.listed = listed;
    }

    @Get("/assets.geojson")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    HttpResponse<?> geoJson(HttpRequest<?> request) {
        return export(request, GEOJSON, new AssetGeoJson());
    }

    @Get("/assets.csv")
    @Produces({"text/csv", MediaType.TEXT_PLAIN})
    HttpResponse<?> csv(HttpRequest<?> request) {
        return export(request, CSV, new AssetCsv());
    }

    private HttpResponse<?> export(HttpRequest<?> request, MediaType type, ExportStream.Format format) {
        String etag = "W/\"assets-" + listed.version() + "\"";
        if (request.getHeaders().get("If-None-Match", String.class).filter(etag::equals).isPresent()) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED).header("ETag", etag);
        }
        return HttpResponse.ok(new StreamedFile(new ExportStream(listed::after, format), type))
                .contentType(type)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=300")
                .header("Access-Control-Allow-Origin", "*");
    }
}
