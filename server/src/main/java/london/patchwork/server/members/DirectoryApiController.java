package london.patchwork.server.members;

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
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.AccountJson;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.http.ApiError;

import java.util.List;
import java.util.Optional;

/**
 * The member directory as JSON: Mastodon's {@code GET /api/v1/directory} (listed local accounts, newest first)
 * and {@code GET /api/patchwork/members}, which filters by community role and says each member's roles.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryApiController {

    private final MemberDirectory directory;
    private final Profiles profiles;
    private final AccountJsonMapper accounts;

    public DirectoryApiController(MemberDirectory directory, Profiles profiles, AccountJsonMapper accounts) {
        this.directory = directory;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    /** A listed member with their community roles. */
    @Serdeable
    public record ListedMember(AccountJson account,
                               List<CommunityRolesController.CommunityRoleJson> communityRoles) {
    }

    @Get("/api/v1/directory")
    public HttpResponse<?> mastodonDirectory(@Nullable @QueryValue Integer offset, @Nullable @QueryValue Integer limit) {
        // Every listed member is local and "new" is the only order kept; "local" and "order" change nothing.
        return HttpResponse.ok(directory.list(null, orZero(offset), limit == null ? 40 : limit).orElseThrow()
                .members().stream().map(accounts::toJson).toList());
    }

    @Get("/api/patchwork/members")
    public HttpResponse<?> members(@Nullable @QueryValue("community_role") String communityRole,
                                   @Nullable @QueryValue Integer offset, @Nullable @QueryValue Integer limit) {
        Optional<MemberDirectory.Listing> listing = directory.list(communityRole, orZero(offset),
                limit == null ? 40 : limit);
        if (listing.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such community role");
        }
        return HttpResponse.ok(listing.get().members().stream().map(actor -> new ListedMember(accounts.toJson(actor),
                profiles.of(actor).communityRoles().stream().map(CommunityRolesController.CommunityRoleJson::of)
                        .toList())).toList());
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
