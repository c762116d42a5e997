package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.util.List;
import java.util.Optional;

/** Reading the map's assets without JavaScript: the list with its filters, an asset, and its history. */
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class AssetsPageController {

    static final int PAGE_SIZE = 200;

    private final AssetService assets;
    private final AssetSearch search;
    private final AssetCategories categories;
    private final AssetPages pages;
    private final FormTokens formTokens;
    private final SiteContext site;

    AssetsPageController(AssetService assets, AssetSearch search, AssetCategories categories, AssetPages pages,
                         FormTokens formTokens, SiteContext site) {
        this.assets = assets;
        this.search = search;
        this.categories = categories;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
    }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String category, @Nullable @QueryValue String kind,
                                @Nullable @QueryValue String tag, @Nullable @QueryValue String q,
                                @Nullable Authentication authentication) {
        AssetListFilter filter = AssetListFilter.of(category, kind, tag, q);
        String error = filter.problem(categories);
        List<Asset> found = error.isEmpty()
                ? search.find(filter.query(null, PAGE_SIZE, 0)).stream().limit(PAGE_SIZE).toList() : List.of();
        boolean member = authentication != null && authentication.getRoles().contains(Roles.MEMBER);
        return HttpResponse.status(error.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Pages.render("assets/list", pages.list(found, filter, member, error)))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/{id}")
    public HttpResponse<?> asset(@PathVariable String id, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        AssetEditor viewer = AssetEditor.of(authentication);
        Optional<Asset> asset = Ids.parse(id).flatMap(assetId -> assets.visible(assetId, viewer));
        if (asset.isEmpty()) {
            return missing();
        }
        String token = formTokens.token(request);
        return HttpResponse.ok(Pages.render("assets/asset", pages.page(asset.get(), viewer, token)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    @Get("/{id}/history")
    public HttpResponse<?> history(@PathVariable String id, @Nullable Authentication authentication) {
        Optional<Asset> asset = Ids.parse(id).flatMap(assetId -> assets.visible(assetId,
                AssetEditor.of(authentication)));
        if (asset.isEmpty()) {
            return missing();
        }
        return HttpResponse.ok(Pages.render("assets/history", pages.history(asset.get(),
                assets.history(asset.get())))).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such asset", "There is no asset here.", "/assets",
                "All assets");
    }
}
