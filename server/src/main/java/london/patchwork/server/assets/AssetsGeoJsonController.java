package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Uris;

import java.util.List;
import java.util.Map;

/**
 * The map's layer: the placed assets matching the same filters as {@code /api/patchwork/assets}, as a GeoJSON
 * FeatureCollection with only what a marker and the list beside the map need, by name. The map asks for the
 * bounding box in view as the visitor pans.
 */
@Controller("/api/patchwork/assets/geojson")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssetsGeoJsonController {

    static final String GEO_JSON = "application/geo+json";
    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 5_000;

    private final AssetSearch search;
    private final AssetCategories categories;
    private final Uris uris;

    AssetsGeoJsonController(AssetSearch search, AssetCategories categories, Uris uris) {
        this.search = search;
        this.categories = categories;
        this.uris = uris;
    }

    @Get
    @Produces({GEO_JSON, "application/json"})
    public HttpResponse<?> layer(@Nullable @QueryValue String bbox, @Nullable @QueryValue String category,
                                 @Nullable @QueryValue String kind, @Nullable @QueryValue String tag,
                                 @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit,
                                 @Nullable @QueryValue Integer offset) {
        AssetQueryParameters read = AssetQueryParameters.read(categories, bbox, category, kind, tag, q, limit, offset,
                DEFAULT_LIMIT, MAX_LIMIT);
        if (read.problem() != null) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, read.problem());
        }
        AssetQuery query = read.query();
        List<AssetSearch.Point> points = search.points(query);
        boolean truncated = points.size() > query.limit();
        Map<String, String> names = categories.all();
        List<AssetJson.Feature> features = points.stream().limit(query.limit()).map(point -> feature(point, names))
                .toList();
        MutableHttpResponse<?> response = HttpResponse.ok(new AssetJson.FeatureCollection("FeatureCollection",
                truncated, features)).contentType(GEO_JSON);
        if (truncated) {
            String next = AssetQueryParameters.next("/api/patchwork/assets/geojson", query, bbox, category, kind,
                    tag, q);
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    private AssetJson.Feature feature(AssetSearch.Point point, Map<String, String> names) {
        String id = String.valueOf(point.id());
        return new AssetJson.Feature("Feature", id, new AssetJson.Geometry("Point",
                List.of(point.longitude(), point.latitude())), new AssetJson.MapProperties(id, point.name(),
                point.kind(), point.category(), names.getOrDefault(point.category(), point.category()),
                point.postcode(), uris.page("/assets/" + id).toString()));
    }
}
