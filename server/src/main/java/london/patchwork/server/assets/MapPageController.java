package london.patchwork.server.assets;

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
import london.patchwork.server.site.Pages;

import java.util.List;

/**
 * The map page. Without JavaScript it is a GET form of filters and, beside the map's place, the placed assets they
 * match, by name, a page at a time; {@code static/js/asset-map.js} draws the map over the same query.
 */
@Controller("/map")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class MapPageController {

    static final int PAGE_SIZE = 50;

    private final AssetSearch search;
    private final AssetCategories categories;
    private final AssetPages pages;
    private final MapConfiguration map;

    MapPageController(AssetSearch search, AssetCategories categories, AssetPages pages, MapConfiguration map) {
        this.search = search;
        this.categories = categories;
        this.pages = pages;
        this.map = map;
    }

    @Get
    public HttpResponse<?> map(@Nullable @QueryValue String category, @Nullable @QueryValue String kind,
                               @Nullable @QueryValue String tag, @Nullable @QueryValue String q,
                               @Nullable @QueryValue String bbox, @Nullable @QueryValue String page) {
        AssetListFilter filter = AssetListFilter.of(category, kind, tag, q);
        String area = bbox == null ? "" : bbox.strip();
        String error = filter.problem(categories);
        AssetQuery.Box box = null;
        if (error.isEmpty() && !area.isEmpty()) {
            try {
                box = AssetQuery.Box.parse(area);
            } catch (IllegalArgumentException wrong) {
                error = "The map's area is not one it can show: " + wrong.getMessage() + ".";
            }
        }
        int number = pageNumber(page);
        List<AssetSearch.Point> found = error.isEmpty()
                ? search.points(filter.query(box, PAGE_SIZE, (number - 1) * PAGE_SIZE)) : List.of();
        return HttpResponse.status(error.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Pages.render("assets/map", pages.map(found, PAGE_SIZE, filter, error.isEmpty() ? area : "",
                        number, error)))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", map.pagePolicy());
    }

    /** The page asked for, from 1; anything else is the first. */
    private static int pageNumber(@Nullable String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return number >= 1 && number <= 10_000 ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
