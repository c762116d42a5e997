package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Roles;

import java.time.Duration;
import java.util.Optional;

/** Organisers invite members through the JSON API: {@code POST /api/admin/invitations} returns the link. */
@Controller("/api/admin/invitations")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InvitationAdminController {

    private final Invitations invitations;

    public InvitationAdminController(Invitations invitations) {
        this.invitations = invitations;
    }

    /**
     * What an organiser asks for; every field may be left out.
     *
     * @param role          organiser, moderator or member (default member)
     * @param expiresInDays how long the link works, 1 to 90 days (default 7)
     * @param note          who it is for, for the organisers' own records
     */
    @Serdeable
    public record InvitationRequest(@Nullable String role, @Nullable Integer expiresInDays, @Nullable String note) {
    }

    /** The link, shown once: only its hash is kept. */
    @Serdeable
    public record InvitationJson(long id, String role, String url, String expiresAt) {
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Nullable @Body InvitationRequest request) {
        InvitationRequest asked = request != null ? request : new InvitationRequest(null, null, null);
        Optional<MemberRole> role = asked.role() == null ? Optional.of(MemberRole.MEMBER)
                : MemberRole.fromKey(asked.role());
        if (role.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "role must be organiser, moderator or member");
        }
        Duration validFor = asked.expiresInDays() == null ? Invitations.DEFAULT_VALIDITY
                : Duration.ofDays(asked.expiresInDays());
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(Invitations.LONGEST_VALIDITY) > 0) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "expiresInDays must be from 1 to "
                    + Invitations.LONGEST_VALIDITY.toDays());
        }
        if (asked.note() != null && asked.note().length() > 500) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "note must be at most 500 characters");
        }
        Invitations.Created created = invitations.invite(role.get(), validFor, asked.note());
        return HttpResponse.created(new InvitationJson(created.id(), created.role().key(), created.url().toString(),
                created.expiresAt().toString()));
    }
}
