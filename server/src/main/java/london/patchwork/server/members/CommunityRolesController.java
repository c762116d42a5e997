package london.patchwork.server.members;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Roles;

import java.util.List;

/** The hub's community roles: anyone may read the list; organisers add and remove their own. */
@Controller("/api/patchwork/community_roles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class CommunityRolesController {

    private final CommunityRoles roles;

    public CommunityRolesController(CommunityRoles roles) {
        this.roles = roles;
    }

    /** A community role as the API shows it. */
    @Serdeable
    public record CommunityRoleJson(String key, String label, boolean builtIn) {
        static CommunityRoleJson of(CommunityRole role) {
            return new CommunityRoleJson(role.key(), role.label(), role.builtIn());
        }
    }

    /** What an organiser sends to add a role. */
    @Serdeable
    public record NewRole(@Nullable String label) {
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<CommunityRoleJson> list() {
        return roles.list().stream().map(CommunityRoleJson::of).toList();
    }

    @Post
    @Secured(Roles.ORGANISER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> add(@Nullable @Body NewRole role) {
        try {
            return HttpResponse.created(CommunityRoleJson.of(roles.add(role == null ? null : role.label())));
        } catch (CommunityRoles.Refused refused) {
            return ApiError.of(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                    refused.getMessage());
        }
    }

    @Delete("/{key}")
    @Secured(Roles.ORGANISER)
    @Consumes(MediaType.ALL)
    public HttpResponse<?> remove(@PathVariable String key) {
        try {
            roles.remove(key);
            return HttpResponse.noContent();
        } catch (CommunityRoles.Refused refused) {
            return ApiError.of(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, refused.getMessage());
        }
    }
}
