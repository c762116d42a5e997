package london.patchwork.server.forum;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Uris;

import java.util.Optional;

/** The forum's categories as JSON: anyone lists them; organisers create, rename, reorder and delete them. */
@Controller("/api/patchwork/forum/categories")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ForumCategoriesApiController {

    private final ForumCategories categories;
    private final ForumService forum;
    private final Uris uris;

    public ForumCategoriesApiController(ForumCategories categories, ForumService forum, Uris uris) {
        this.categories = categories;
        this.forum = forum;
        this.uris = uris;
    }

    @Get
    public HttpResponse<?> list() {
        return HttpResponse.ok(categories.listed().stream().map(this::json).toList());
    }

    @Post
    @Secured(Roles.ORGANISER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body ForumJson.CategoryWrite body) {
        try {
            return HttpResponse.created(json(categories.create(body.slug(), body.name(), body.description())));
        } catch (ForumService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Put("/{slug}")
    @Secured(Roles.ORGANISER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> update(@PathVariable String slug, @Body ForumJson.CategoryWrite body) {
        Optional<ForumCategory> category = categories.find(slug);
        if (category.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such category");
        }
        try {
            return HttpResponse.ok(json(categories.update(category.get(), body.name(), body.description(),
                    body.position())));
        } catch (ForumService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Delete("/{slug}")
    @Secured(Roles.ORGANISER)
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String slug) {
        Optional<ForumCategory> category = categories.find(slug);
        if (category.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such category");
        }
        try {
            categories.delete(category.get());
            return HttpResponse.noContent();
        } catch (ForumService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    private ForumJson.Category json(ForumCategory category) {
        return new ForumJson.Category(category.id(), category.slug(), category.name(), category.description(),
                category.position(), forum.countInCategory(category),
                uris.page("/forum/" + category.slug()).toString());
    }
}
