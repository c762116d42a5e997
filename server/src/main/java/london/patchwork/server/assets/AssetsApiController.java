package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The assets JSON API: anyone reads and queries; members (and the organiser token, as the hub) add; whoever added an
 * asset, moderators and organisers edit and delete; moderators approve or reject waiting ones. Bad input is 422 with
 * the reasons, and nothing is stored.
 */
@Controller("/api/patchwork/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AssetsApiController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final java.util.regex.Pattern CATEGORY_SLUG =
            java.util.regex.Pattern.compile("^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$");

    private final AssetService assets;
    private final AssetSearch search;
    private final AssetViews views;
    private final AssetCategories categories;

    AssetsApiController(AssetService assets, AssetSearch search, AssetViews views, AssetCategories categories) {
        this.assets = assets;
        this.search = search;
        this.views = views;
        this.categories = categories;
    }

    /** Listed assets by name, filtered; {@code limit} and {@code offset} page, a {@code Link} header names the next. */
    @Get
    public HttpResponse<?> query(@Nullable @QueryValue String bbox, @Nullable @QueryValue String category,
                                 @Nullable @QueryValue String kind, @Nullable @QueryValue String tag,
                                 @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit,
                                 @Nullable @QueryValue Integer offset) {
        AssetQueryParameters read = AssetQueryParameters.read(categories, bbox, category, kind, tag, q, limit, offset,
                DEFAULT_LIMIT, MAX_LIMIT);
        if (read.problem() != null) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, read.problem());
        }
        AssetQuery query = read.query();
        List<Asset> page = search.find(query);
        MutableHttpResponse<?> response = HttpResponse.ok(page.stream().limit(query.limit()).map(views::full)
                .toList());
        if (page.size() > query.limit()) {
            String next = AssetQueryParameters.next("/api/patchwork/assets", query, bbox, category, kind, tag, q);
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    @Get("/categories")
    public HttpResponse<?> categories() {
        return HttpResponse.ok(categories.all().entrySet().stream()
                .map(entry -> new AssetJson.Category(entry.getKey(), entry.getValue())).toList());
    }

    /** One of the hub's own ABCD categories, beside the six every hub has. */
    @Post("/categories")
    @Secured(Roles.ORGANISER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> addCategory(@Body AssetJson.Category body) {
        String slug = body.slug() == null ? "" : body.slug().strip().toLowerCase(Locale.ROOT);
        String name = body.name() == null ? "" : body.name().strip();
        if (!CATEGORY_SLUG.matcher(slug).matches()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "slug: lower-case letters, digits and -, up to 40");
        }
        if (name.isEmpty() || name.length() > 80) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "name is required, up to 80 characters");
        }
        if (!categories.add(slug, name)) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "there is a category " + slug + " already");
        }
        return HttpResponse.created(new AssetJson.Category(slug, name));
    }

    /** Assets waiting for a moderator, oldest first. */
    @Get("/pending")
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    public HttpResponse<?> pending() {
        return HttpResponse.ok(assets.pending().stream().map(views::full).toList());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> show(@PathVariable String id, @Nullable Authentication authentication) {
        return visible(id, authentication).<HttpResponse<?>>map(asset -> HttpResponse.ok(views.full(asset)))
                .orElseGet(AssetsApiController::missing);
    }

    @Get("/{id}/history")
    public HttpResponse<?> history(@PathVariable String id, @Nullable Authentication authentication) {
        return visible(id, authentication).<HttpResponse<?>>map(asset -> HttpResponse.ok(assets.history(asset)
                .stream().map(views::revision).toList())).orElseGet(AssetsApiController::missing);
    }

    @Post
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body AssetJson.Write body, Authentication authentication) {
        return guarded(() -> {
            Asset asset = assets.create(AssetEditor.of(authentication), body.over(AssetViews.BLANK),
                    body.photoId());
            return HttpResponse.created(views.full(asset), URI.create("/api/patchwork/assets/" + asset.id()));
        });
    }

    @Put("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> replace(@PathVariable String id, @Body AssetJson.Write body, Authentication authentication) {
        return edit(id, body, authentication, true);
    }

    @Patch("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> patch(@PathVariable String id, @Body AssetJson.Write body, Authentication authentication) {
        return edit(id, body, authentication, false);
    }

    @Delete("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<Long> assetId = Ids.parse(id);
        return assetId.isEmpty() ? missing() : guarded(() -> {
            assets.delete(assetId.get(), AssetEditor.of(authentication));
            return HttpResponse.noContent();
        });
    }

    @Post("/{id}/approve")
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> approve(@PathVariable String id, Authentication authentication) {
        return review(id, authentication, Asset.APPROVED);
    }

    @Post("/{id}/reject")
    @Secured({Roles.MODERATOR, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> reject(@PathVariable String id, Authentication authentication) {
        return review(id, authentication, Asset.REJECTED);
    }

    private HttpResponse<?> review(String id, Authentication authentication, String decision) {
        Optional<Long> assetId = Ids.parse(id);
        return assetId.isEmpty() ? missing() : guarded(() -> HttpResponse.ok(views.full(
                assets.review(assetId.get(), AssetEditor.of(authentication), decision))));
    }

    private HttpResponse<?> edit(String id, AssetJson.Write body, Authentication authentication, boolean replace) {
        Optional<Long> assetId = Ids.parse(id);
        if (assetId.isEmpty()) {
            return missing();
        }
        AssetEditor editor = AssetEditor.of(authentication);
        return guarded(() -> {
            Asset current = assets.visible(assetId.get(), editor).orElseThrow(AssetService.NotFound::new);
            AssetInput input = body.over(replace ? AssetViews.BLANK : current.input());
            return HttpResponse.ok(views.full(assets.edit(assetId.get(), editor, input,
                    replace && body.photoId() == null ? "" : body.photoId())));
        });
    }

    private Optional<Asset> visible(String id, @Nullable Authentication authentication) {
        return Ids.parse(id).flatMap(assetId -> assets.visible(assetId, AssetEditor.of(authentication)));
    }

    /** The service's refusals as HTTP answers. */
    static HttpResponse<?> guarded(Supplier<HttpResponse<?>> action) {
        try {
            return action.get();
        } catch (AssetService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        } catch (AssetService.NotFound gone) {
            return missing();
        } catch (AssetService.Forbidden forbidden) {
            return ApiError.of(HttpStatus.FORBIDDEN, forbidden.getMessage());
        }
    }

    static HttpResponse<?> missing() {
        return ApiError.of(HttpStatus.NOT_FOUND, "no such asset");
    }
}
