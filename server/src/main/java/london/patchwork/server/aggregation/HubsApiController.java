package london.patchwork.server.aggregation;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.net.URI;

/**
 * Joining up with a hub, for organisers (or the organiser token): {@code POST /api/patchwork/hubs} adds one by
 * handle or address (201, or 200 with the hub already joined), {@code GET /api/patchwork/hubs/{id}} reads one and
 * {@code DELETE} leaves it, with everything kept from it. The list is the directory's.
 */
@Controller("/api/patchwork/hubs")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class HubsApiController {

    /** What an organiser posts: the hub's handle, or its address (the Group actor's, or the site's). */
    @Serdeable
    public record HubWrite(@Nullable String handle, @Nullable String url) {
    }

    private final HubService hubs;

    HubsApiController(HubService hubs) {
        this.hubs = hubs;
    }

    @Post
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> add(@Body HubWrite body, Authentication authentication) {
        String typed = body.handle() != null && !body.handle().isBlank() ? body.handle() : body.url();
        if (typed == null || typed.isBlank()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "give \"handle\" (@hub@host) or \"url\"");
        }
        try {
            HubService.Added added = hubs.add(typed, Viewers.actorId(authentication).orElse(null));
            HubJson json = hubs.json(added.hub());
            return added.created() ? HttpResponse.created(json, URI.create("/api/patchwork/hubs/" + json.id()))
                    : HttpResponse.ok(json);
        } catch (HubService.Refused refused) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        } catch (HubService.Unreachable unreachable) {
            return ApiError.of(HttpStatus.BAD_GATEWAY, unreachable.getMessage());
        }
    }

    @Get("/{id:[0-9]+}")
    public HttpResponse<?> show(@PathVariable String id) {
        return Ids.parse(id).flatMap(hubs::find).<HttpResponse<?>>map(hub -> HttpResponse.ok(hubs.json(hub)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such hub"));
    }

    @Delete("/{id:[0-9]+}")
    @OAuthScope("write")
    public HttpResponse<?> remove(@PathVariable String id) {
        return Ids.parse(id).filter(hubs::remove).<HttpResponse<?>>map(removed -> HttpResponse.noContent())
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such hub"));
    }
}
