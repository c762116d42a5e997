package london.patchwork.server.guides;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.util.Optional;

/**
 * The wiki's JSON API: anyone reads; members write; moderators delete. An edit names the revision it started from
 * ({@code base_revision}); if another was saved since, the answer is 409 with the guide as it now stands.
 */
@Controller("/api/patchwork/guides")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class GuidesApiController {

    private final GuideService guides;
    private final GuideViews views;
    private final LocalActors localActors;

    public GuidesApiController(GuideService guides, GuideViews views, LocalActors localActors) {
        this.guides = guides;
        this.views = views;
        this.localActors = localActors;
    }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String topic) {
        return HttpResponse.ok(guides.listed(topic).stream().map(views::entry).toList());
    }

    @Get("/{slug}")
    public HttpResponse<?> get(@PathVariable String slug) {
        return live(slug).<HttpResponse<?>>map(guide -> HttpResponse.ok(views.full(guide)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such guide"));
    }

    @Get("/{slug}/revisions")
    public HttpResponse<?> history(@PathVariable String slug) {
        return live(slug).<HttpResponse<?>>map(guide -> HttpResponse.ok(guides.history(guide).stream()
                .map(views::revision).toList())).orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such guide"));
    }

    @Get("/{slug}/diff")
    public HttpResponse<?> diff(@PathVariable String slug, @Nullable @QueryValue Integer from,
                                @Nullable @QueryValue Integer to) {
        Optional<Guide> guide = live(slug);
        if (guide.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such guide");
        }
        if (from == null || to == null) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "from and to must name revisions");
        }
        try {
            return HttpResponse.ok(views.diff(from, to, guides.diff(guide.get(), from, to)));
        } catch (GuideService.NotFound missing) {
            return ApiError.of(HttpStatus.NOT_FOUND, missing.getMessage());
        }
    }

    @Post
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body GuideJson.Write body, Authentication authentication) {
        try {
            Guide guide = guides.create(author(authentication), input(body));
            return HttpResponse.created(views.full(guide));
        } catch (GuideService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Put("/{slug}")
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> update(@PathVariable String slug, @Body GuideJson.Write body,
                                  Authentication authentication) {
        if (body.baseRevision() == null) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "base_revision must name the revision you edited");
        }
        try {
            return HttpResponse.ok(views.full(guides.edit(slug, author(authentication), body.baseRevision(),
                    input(body))));
        } catch (GuideService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        } catch (GuideService.NotFound missing) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such guide");
        } catch (GuideService.Conflict conflict) {
            return conflict(conflict);
        }
    }

    @Post("/{slug}/restore")
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> restore(@PathVariable String slug, @Body GuideJson.Restore body,
                                   Authentication authentication) {
        if (body.revision() == null) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "revision must name the revision to restore");
        }
        try {
            return HttpResponse.ok(views.full(guides.restore(slug, author(authentication), body.revision(),
                    body.baseRevision())));
        } catch (GuideService.NotFound missing) {
            return ApiError.of(HttpStatus.NOT_FOUND, missing.getMessage());
        } catch (GuideService.Conflict conflict) {
            return conflict(conflict);
        }
    }

    @Delete("/{slug}")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String slug) {
        try {
            guides.delete(slug);
            return HttpResponse.noContent();
        } catch (GuideService.NotFound missing) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such guide");
        }
    }

    private HttpResponse<?> conflict(GuideService.Conflict conflict) {
        return HttpResponse.status(HttpStatus.CONFLICT).body(new GuideJson.ConflictBody("someone saved revision "
                + conflict.current().currentRevision() + " since revision " + conflict.base()
                + "; nothing was saved", conflict.base(), views.full(conflict.current())));
    }

    private Optional<Guide> live(String slug) {
        return guides.find(slug).filter(guide -> !guide.deleted());
    }

    /** The member who asked; the organiser token writes as the hub itself. */
    private long author(Authentication authentication) {
        return Viewers.actorId(authentication).orElseGet(() -> localActors.hub().id());
    }

    private static GuideInput input(GuideJson.Write body) {
        return GuideInput.of(body.title(), body.topic(), body.body(), body.summary());
    }
}
