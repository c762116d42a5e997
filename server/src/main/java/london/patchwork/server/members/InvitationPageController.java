package london.patchwork.server.members;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.JoinView;

import java.util.Map;
import java.util.Optional;

/**
 * The page an invitation link opens: a form to join, shown again with each problem beside its field. The link's
 * secret token is what authorises joining, so it needs no session; the form carries a form token like every other.
 */
@Controller("/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class InvitationPageController {

    private final Invitations invitations;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final String domain;

    public InvitationPageController(Invitations invitations, FormTokens formTokens, SiteContext site, Uris uris,
                                    Instance instance) {
        this.invitations = invitations;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.domain = instance.authority();
    }

    /** The join form as posted. */
    @Serdeable
    public record JoinForm(@Nullable String handle, @Nullable String displayName, @Nullable String email,
                           @Nullable String password,
                           @Nullable @JsonProperty("_form") String form) {
    }

    @Get("/{token}")
    public HttpResponse<?> show(String token, HttpRequest<?> request) {
        Optional<Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return closed(Invitations.Refusal.UNKNOWN);
        }
        if (!invitations.open(invitation.get())) {
            return closed(invitation.get().acceptedAt() != null ? Invitations.Refusal.USED
                    : Invitations.Refusal.EXPIRED);
        }
        return form(request, HttpStatus.OK, token, invitation.get(), new MemberForm("", "", "", ""), Map.of());
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(String token, HttpRequest<?> request, @Body JoinForm posted) {
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again", "The form had expired or did not come from "
                    + "this site. Open the invitation link again.", "/invitations/" + token, "Open the invitation");
        }
        MemberForm form = new MemberForm(posted.handle(), posted.displayName(), posted.email(), posted.password());
        try {
            Actor member = invitations.accept(token, form);
            String handle = "@" + member.username() + "@" + domain;
            return site.notice(HttpStatus.CREATED, "Welcome, " + member.displayName(),
                    "You are a member of " + site.site().hubName() + " as " + handle + ". People on Mastodon and "
                            + "other fediverse servers can follow you by that handle.", "/", "Go to the hub");
        } catch (Invitations.Refused refused) {
            if (refused.refusal() != Invitations.Refusal.INVALID) {
                return closed(refused.refusal());
            }
            Invitation invitation = invitations.find(token).orElseThrow();
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, token, invitation, form,
                    refused.errors().byField());
        }
    }

    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, String token, Invitation invitation,
                                 MemberForm typed, Map<String, String> errors) {
        String formToken = formTokens.token(request);
        String action = "/invitations/" + token;
        // The link is a secret: the page names the hub as its canonical address, never itself, and links from it
        // tell other sites nothing (same-origin, not no-referrer: with no-referrer Chromium posts the form with
        // Origin: null, which the HTTP server's cross-origin guard refuses).
        PageMeta meta = PageMeta.of("Join " + site.site().hubName(), "An invitation to join "
                + site.site().hubName(), uris.base().toString());
        String role = switch (MemberRole.fromKey(invitation.role()).orElse(MemberRole.MEMBER)) {
            case ORGANISER -> "an organiser";
            case MODERATOR -> "a moderator";
            case MEMBER -> "a member";
        };
        JoinView view = new JoinView(site.site(), meta, action, formToken, "You have been invited as " + role + ".",
                domain, typed.handle(), typed.displayName(), typed.email(), false, "", errors);
        return HttpResponse.status(status).body(Pages.render("members/join", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(formToken))
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> closed(Invitations.Refusal refusal) {
        return switch (refusal) {
            case USED -> site.notice(HttpStatus.GONE, "This invitation has been used",
                    "Each invitation works once. Ask an organiser of the hub for a new one.", "/", "Go to the hub");
            case EXPIRED -> site.notice(HttpStatus.GONE, "This invitation has expired",
                    "Ask an organiser of the hub for a new one.", "/", "Go to the hub");
            default -> site.notice(HttpStatus.NOT_FOUND, "No such invitation",
                    "Check that the whole link was copied, or ask an organiser for a new one.", "/", "Go to the hub");
        };
    }
}
