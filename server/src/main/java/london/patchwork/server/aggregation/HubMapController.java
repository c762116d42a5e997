package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.site.Pages;
import london.patchwork.web.hubs.HubMapView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every hub's placed assets on one map ({@code ?hub=} for one hub's): a page with the list beside the map (the
 * map is drawn by {@code static/js/asset-map.js}, as on {@code /map}) and its GeoJSON layer (RFC 7946).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HubMapController {

    static final String GEO_JSON = "application/geo+json";
    static final int PAGE_SIZE = 50;
    static final int MAX_FEATURES = 2_000;

    private final ItemIndexQueries index;
    private final JoinedHubs hubs;
    private final JoinedPages pages;
    private final AssetService assets;

    HubMapController(ItemIndexQueries index, JoinedHubs hubs, JoinedPages pages, AssetService assets) {
        this.index = index;
        this.hubs = hubs;
        this.pages = pages;
        this.assets = assets;
    }

    @Get("/hubs/map")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String hub, @Nullable @QueryValue String page) {
        Optional<JoinedHubs.Origin> only = HubFeedController.blank(hub) ? Optional.empty() : hubs.find(hub);
        boolean unknown = !HubFeedController.blank(hub) && only.isEmpty();
        int number = JoinedPages.pageNumber(page);
        String filter = only.map(JoinedHubs.Origin::origin).orElse("");
        List<ItemIndexRow> rows = unknown ? List.of() : index.placed(filter.isEmpty() ? null : filter, null,
                PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        List<HubMapView.Entry> entries = rows.stream().limit(PAGE_SIZE).map(row -> {
            JoinedHubs.Origin origin = JoinedHubs.label(known, row.origin());
            return new HubMapView.Entry(row.source() + "-" + row.localId(), row.title(),
                    row.category() == null ? "" : row.category(), row.url(), origin.name(), origin.url(),
                    String.valueOf(row.latitude()), String.valueOf(row.longitude()));
        }).toList();
        AssetService.MapLook look = assets.mapLook();
        HubMapView view = new HubMapView(pages.site(), pages.meta("Map across hubs", "The places, organisations, "
                + "groups and services mapped on " + pages.site().hubName() + " and the hubs it has joined up with",
                "/hubs/map"), entries, JoinedPages.hubOptions(hubs.all()), filter, (number - 1) * PAGE_SIZE + 1,
                JoinedPages.pageLink("/hubs/map", number - 1, "hub", filter),
                rows.size() > PAGE_SIZE ? JoinedPages.pageLink("/hubs/map", number + 1, "hub", filter) : "",
                look.background(), "/api/patchwork/hubs/map");
        return HttpResponse.status(unknown ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .body(Pages.render("hubs/map", view)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", look.pagePolicy());
    }

    @Get("/api/patchwork/hubs/map")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    public HttpResponse<?> layer(@Nullable @QueryValue String hub, @Nullable @QueryValue String bbox,
                                 @Nullable @QueryValue Integer limit, @Nullable @QueryValue String page) {
        Optional<JoinedHubs.Origin> only = HubFeedController.blank(hub) ? Optional.empty() : hubs.find(hub);
        if (!HubFeedController.blank(hub) && only.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no hub " + hub + " is joined here");
        }
        double[] box;
        try {
            box = HubFeedController.blank(bbox) ? null : box(bbox);
        } catch (IllegalArgumentException wrong) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "bbox: " + wrong.getMessage());
        }
        int size = limit == null ? 1_000 : Math.max(1, Math.min(MAX_FEATURES, limit));
        int number = JoinedPages.pageNumber(page);
        List<ItemIndexRow> rows = index.placed(only.map(JoinedHubs.Origin::origin).orElse(null), box, size + 1,
                (number - 1) * size);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        List<JoinedJson.Feature> features = rows.stream().limit(size).map(row -> new JoinedJson.Feature("Feature",
                row.uri(), new JoinedJson.Geometry("Point", List.of(row.longitude(), row.latitude())),
                new JoinedJson.MapProperties(row.source() + "-" + row.localId(), row.uri(), row.title(), row.kind(),
                        row.category(), row.category(), row.url(), row.summary(),
                        JoinedJson.Origin.of(JoinedHubs.label(known, row.origin()))))).toList();
        return HttpResponse.ok(new JoinedJson.FeatureCollection("FeatureCollection", features, number,
                rows.size() > size ? number + 1 : null)).contentType(GEO_JSON);
    }

    /** {@code minLon,minLat,maxLon,maxLat} in degrees. */
    static double[] box(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("four numbers, minLon,minLat,maxLon,maxLat");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + parts[i].strip());
            }
            if (!Double.isFinite(box[i]) || Math.abs(box[i]) > (i % 2 == 0 ? 180 : 90)) {
                throw new IllegalArgumentException("out of range: " + parts[i].strip());
            }
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            throw new IllegalArgumentException("the minimum is above the maximum");
        }
        return box;
    }
}
