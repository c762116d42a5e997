package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Roles;

import java.util.Optional;

/**
 * Mastodon's statuses API for the hub's own posts: publish, read, edit, delete, pin. Writing needs the
 * organiser token; reading a public or unlisted post needs nothing.
 */
@Controller("/api/v1/statuses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class StatusesController {

    private final StatusService statuses;
    private final StatusJsonMapper json;

    public StatusesController(StatusService statuses, StatusJsonMapper json) {
        this.statuses = statuses;
        this.json = json;
    }

    @io.micronaut.http.annotation.Post
    @Secured(Roles.ORGANISER)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public HttpResponse<?> create(@Body StatusForm form) {
        try {
            return HttpResponse.ok(json.toJson(statuses.publish(form), false));
        } catch (StatusService.InvalidStatus e) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> show(@PathVariable String id, @Nullable Authentication authentication) {
        Optional<Post> post = statuses.findVisible(id)
                .filter(found -> authentication != null || found.visibility() == Visibility.PUBLIC
                        || found.visibility() == Visibility.UNLISTED)
                .filter(found -> authentication != null || !statuses.hiddenFromPublic(found));
        return post.<HttpResponse<?>>map(found -> HttpResponse.ok(json.toJson(found, false)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "Record not found"));
    }

    @Put("/{id}")
    @Secured(Roles.ORGANISER)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public HttpResponse<?> edit(@PathVariable String id, @Body StatusForm form) {
        Optional<Post> post = ownPost(id);
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        try {
            return HttpResponse.ok(json.toJson(statuses.edit(post.get(), form), false));
        } catch (StatusService.InvalidStatus e) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Delete("/{id}")
    @Secured(Roles.ORGANISER)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> delete(@PathVariable String id) {
        Optional<Post> post = ownPost(id);
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        StatusJson answer = json.toJson(post.get(), true);
        statuses.delete(post.get());
        return HttpResponse.ok(answer);
    }

    @io.micronaut.http.annotation.Post("/{id}/pin")
    @Secured(Roles.ORGANISER)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> pin(@PathVariable String id) {
        return pinned(id, true);
    }

    @io.micronaut.http.annotation.Post("/{id}/unpin")
    @Secured(Roles.ORGANISER)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> unpin(@PathVariable String id) {
        return pinned(id, false);
    }

    private HttpResponse<?> pinned(String id, boolean pinned) {
        Optional<Post> post = ownPost(id);
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        if (pinned && post.get().visibility() != Visibility.PUBLIC && post.get().visibility() != Visibility.UNLISTED) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: only public posts can be pinned");
        }
        return HttpResponse.ok(json.toJson(statuses.pin(post.get(), pinned), false));
    }

    /** A post the hub itself wrote: only those can be edited, deleted or pinned. */
    private Optional<Post> ownPost(String id) {
        Long hubId = statuses.hubActor().id();
        return statuses.findVisible(id).filter(post -> post.local() && post.authorId().equals(hubId));
    }
}
