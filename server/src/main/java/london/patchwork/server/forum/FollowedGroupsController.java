package london.patchwork.server.forum;

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
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;

import java.util.List;
import java.util.Optional;

/**
 * Organisers make the hub's Group follow remote groups: {@code GET}, {@code POST} and {@code DELETE
 * /api/patchwork/forum/groups}.
 */
@Controller("/api/patchwork/forum/groups")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class FollowedGroupsController {

    private final FollowedGroups groups;

    public FollowedGroupsController(FollowedGroups groups) {
        this.groups = groups;
    }

    /** What an organiser asks to follow: a handle ({@code name@host}, {@code !name@host}) or the group's URL. */
    @Serdeable
    public record FollowRequest(@Nullable String handle) {
    }

    /** A followed group; {@code state} is {@code pending} until the group accepts. */
    @Serdeable
    public record GroupJson(String id, String uri, String handle, String name, String state, long threads,
                            String page) {

        static GroupJson of(FollowedGroup group) {
            return new GroupJson(String.valueOf(group.actorId()), group.uri(), group.handle(), group.name(),
                    group.state(), group.threads(), "/forum/groups/" + group.actorId());
        }
    }

    @Get
    public List<GroupJson> list() {
        return groups.list().stream().map(GroupJson::of).toList();
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> follow(@Nullable @Body FollowRequest request) {
        if (request == null || request.handle() == null || request.handle().isBlank()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "handle is required");
        }
        try {
            return HttpResponse.ok(GroupJson.of(groups.follow(request.handle())));
        } catch (FollowedGroups.NotFollowable refused) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        }
    }

    @Delete("/{id}")
    public HttpResponse<?> unfollow(@PathVariable String id) {
        Optional<Long> group = Ids.parse(id);
        if (group.isEmpty() || !groups.unfollow(group.get())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "the hub does not follow that group");
        }
        return HttpResponse.noContent();
    }
}
