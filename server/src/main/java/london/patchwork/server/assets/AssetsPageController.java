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
import io.micronaut.http.HttpHeaders;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
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
    private final AssetFederation federation;
    private final AssetActivities activities;
    private final ActivityResponses responses;
    private final LocalActors localActors;
    private final Pages renderer;

    AssetsPageController(AssetService assets, AssetSearch search, AssetCategories categories, AssetPages pages,
                         FormTokens formTokens, SiteContext site, AssetFederation federation,
                         AssetActivities activities, ActivityResponses responses, LocalActors localActors,
                         Pages renderer) {
        this.renderer = renderer;
        this.federation = federation;
        this.activities = activities;
        this.responses = responses;
        this.localActors = localActors;
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

    /** One URL for the asset's page and its {@code Place}: fediverse software asks for activity+json. */
    @Get("/{id}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> asset(@PathVariable String id, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        if (ActivityResponses.wantsActivityJson(request)) {
            return place(id, request);
        }
        AssetEditor viewer = AssetEditor.of(authentication);
        Optional<Asset> asset = Ids.parse(id).flatMap(assetId -> assets.visible(assetId, viewer));
        // This route also answers JSON, so its pages are rendered here whatever the Accept header said.
        if (asset.isEmpty()) {
            return renderer.html(request, HttpStatus.NOT_FOUND, site.noticePage("No such asset",
                    "There is no asset here.", "/assets", "All assets"));
        }
        String token = formTokens.token(request);
        return renderer.html(request, HttpStatus.OK, Pages.render("assets/asset", pages.page(asset.get(), viewer,
                        token))).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Only a listed asset of this hub is served; a deleted one is a Tombstone, a peer's is at its own id. */
    private HttpResponse<?> place(String id, HttpRequest<?> request) {
        Optional<Asset> asset = Ids.parse(id).flatMap(assets::findIncludingDeleted);
        if (asset.isEmpty() || !Asset.APPROVED.equals(asset.get().review())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such asset");
        }
        if (asset.get().uri() != null) {
            return ApiError.of(HttpStatus.NOT_FOUND, "this asset's id is " + asset.get().uri());
        }
        if (asset.get().deleted()) {
            return responses.document(request, HttpStatus.GONE, activities.tombstone(asset.get()));
        }
        return responses.document(request, federation.document(asset.get(), localActors.hub()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
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
