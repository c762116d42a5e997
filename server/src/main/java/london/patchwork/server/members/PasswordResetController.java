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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.PasswordResetView;

/** The page behind an organiser's reset link: choose a new password, once. */
@Controller("/password-reset/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class PasswordResetController {

    private final PasswordResets resets;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    public PasswordResetController(PasswordResets resets, FormTokens formTokens, SiteContext site, Uris uris) {
        this.resets = resets;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** The form as posted. */
    @Serdeable
    public record ResetForm(@Nullable String password, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @PathVariable String token) {
        try {
            resets.open(token);
            return page(request, token, HttpStatus.OK, null);
        } catch (PasswordResets.Refused refused) {
            return refusal(refused);
        }
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reset(HttpRequest<?> request, @PathVariable String token, @Body ResetForm posted) {
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, token, HttpStatus.FORBIDDEN,
                    "The form had expired or did not come from this site; type the new password again.");
        }
        try {
            resets.use(token, posted.password() == null ? "" : posted.password());
            return site.notice(HttpStatus.OK, "Your password has been changed",
                    "You have been signed out everywhere. Sign in with your new password.", "/sign-in", "Sign in");
        } catch (PasswordResets.Refused refused) {
            return refused.refusal() == PasswordResets.Refusal.INVALID_PASSWORD
                    ? page(request, token, HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage())
                    : refusal(refused);
        }
    }

    private HttpResponse<?> refusal(PasswordResets.Refused refused) {
        return refused.refusal() == PasswordResets.Refusal.UNKNOWN
                ? site.notice(HttpStatus.NOT_FOUND, "This link does not work",
                "Check that you copied the whole link, or ask an organiser for a new one.", "/", "Go to the hub")
                : site.notice(HttpStatus.GONE, "This link has been used or has expired",
                "Reset links work once, for a day. Ask an organiser for a new one.", "/", "Go to the hub");
    }

    private HttpResponse<?> page(HttpRequest<?> request, String token, HttpStatus status, String error) {
        String formToken = formTokens.token(request);
        PasswordResetView view = new PasswordResetView(site.site(), PageMeta.of("Choose a new password",
                "Choose a new password", uris.base().toString()), formToken, "/password-reset/" + token, error);
        // The link is a secret: the page names the hub as its canonical address, and keeps out of caches and
        // other sites' Referer headers (same-origin, for the reason InvitationPageController gives).
        return HttpResponse.status(status).body(Pages.render("members/password-reset", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(formToken))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }
}
