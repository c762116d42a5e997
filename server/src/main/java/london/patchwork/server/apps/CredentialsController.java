package london.patchwork.server.apps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.members.MemberService;

import java.util.Optional;

/**
 * Mastodon's {@code verify_credentials}: the signed-in member's own Account, with the {@code source} an app's
 * settings screen edits and the {@code role} it shows. Apps call it first, to learn who they are signed in as.
 */
@Controller("/api/v1/accounts")
@Secured(Roles.MEMBER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsController {

    private final ActorRepository actors;
    private final AccountJsonMapper accounts;
    private final MemberService members;
    private final ObjectMapper json;

    public CredentialsController(ActorRepository actors, AccountJsonMapper accounts, MemberService members,
                                 ObjectMapper json) {
        this.actors = actors;
        this.accounts = accounts;
        this.members = members;
        this.json = json;
    }

    @Get("/verify_credentials")
    @OAuthScope("profile")
    public HttpResponse<?> verifyCredentials(@Nullable Authentication authentication) {
        Optional<Actor> member = Viewers.actorId(authentication).flatMap(actors::findById);
        if (member.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This method requires an authenticated user");
        }
        Actor actor = member.get();
        ObjectNode account = json.valueToTree(accounts.toJson(actor));
        ObjectNode source = account.putObject("source").put("privacy", "public").put("sensitive", false)
                .put("language", "").put("note", actor.summary() == null ? "" : actor.summary())
                .put("follow_requests_count", 0);
        // As typed, so an app's profile editor shows (and sends back) the member's own fields unchanged.
        var typed = source.putArray("fields");
        for (MemberService.TypedField field : members.typedProfileFields(actor.id())) {
            typed.addObject().put("name", field.name()).put("value", field.value()).putNull("verified_at");
        }
        account.putObject("role").put("id", roleId(authentication)).put("name", roleName(authentication))
                .put("permissions", "0").put("color", "").put("highlighted", false);
        return HttpResponse.ok(account.toString()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String roleName(Authentication authentication) {
        if (authentication.getRoles().contains(Roles.ORGANISER)) {
            return "Organiser";
        }
        return authentication.getRoles().contains(Roles.MODERATOR) ? "Moderator" : "";
    }

    private static String roleId(Authentication authentication) {
        if (authentication.getRoles().contains(Roles.ORGANISER)) {
            return "3";
        }
        return authentication.getRoles().contains(Roles.MODERATOR) ? "2" : "-99";
    }
}
