package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Roles;

import java.util.List;
import java.util.Optional;

/** The organisers' members API: list members, change a role, make a password reset link. */
@Controller("/api/admin/members")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class MemberAdminController {

    private final MemberAdministration administration;
    private final PasswordResets resets;
    private final SignUps signUps;

    public MemberAdminController(MemberAdministration administration, PasswordResets resets, SignUps signUps) {
        this.administration = administration;
        this.resets = resets;
        this.signUps = signUps;
    }

    /** A member as organisers see them. */
    @Serdeable
    public record MemberJson(String id, String username, String displayName, String email, String role,
                             List<String> communityRoles, String createdAt, @Nullable String suspendedAt,
                             boolean approved, @Nullable String joinReason) {
        static MemberJson of(MemberAdministration.Account account) {
            var member = account.member();
            return new MemberJson(member.actorId().toString(), account.actor().username(),
                    account.actor().displayName(), member.email(), account.role().key(),
                    account.communityRoles().stream().map(CommunityRole::key).toList(),
                    String.valueOf(member.createdAt()),
                    member.suspendedAt() == null ? null : member.suspendedAt().toString(),
                    member.approvedAt() != null, member.joinReason());
        }
    }

    /** A role change as asked. */
    @Serdeable
    public record RoleChange(@Nullable String role) {
    }

    /** A reset link, shown once. */
    @Serdeable
    public record ResetJson(String url, String expiresAt) {
    }

    @Get
    public List<MemberJson> list() {
        return administration.list().stream().map(MemberJson::of).toList();
    }

    @Put("/{id}/role")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> changeRole(@PathVariable long id, @Nullable @Body RoleChange change) {
        Optional<MemberRole> role = change == null || change.role() == null ? Optional.empty()
                : MemberRole.fromKey(change.role());
        if (role.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "role must be organiser, moderator or member");
        }
        try {
            return HttpResponse.ok(MemberJson.of(administration.changeRole(id, role.get())));
        } catch (MemberAdministration.Refused refused) {
            return ApiError.of(refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, refused.getMessage());
        }
    }

    @Post("/{id}/password_reset")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> passwordReset(@PathVariable long id) {
        return resets.issue(id).<HttpResponse<?>>map(issued -> HttpResponse.created(
                        new ResetJson(issued.url().toString(), issued.expiresAt().toString())))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such member"));
    }

    /** Approves a sign-up waiting for an organiser (Mastodon's admin API has the same verb). */
    @Post("/{id}/approve")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> approve(@PathVariable long id) {
        if (!signUps.approve(id)) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no sign-up with this id is waiting");
        }
        return HttpResponse.ok(MemberJson.of(administration.find(id).orElseThrow()));
    }

    /** Turns a waiting sign-up away: the account and its actor are removed. */
    @Post("/{id}/reject")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> reject(@PathVariable long id) {
        return signUps.reject(id) ? HttpResponse.noContent()
                : ApiError.of(HttpStatus.NOT_FOUND, "no sign-up with this id is waiting");
    }
}
