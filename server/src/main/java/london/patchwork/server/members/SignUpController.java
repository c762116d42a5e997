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
import london.patchwork.server.http.ClientAddresses;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Registrations;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.JoinView;

import java.util.Map;

/** Signing up without an invitation, when the hub's setting allows it ({@link Registrations}). */
@Controller("/sign-up")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class SignUpController {

    private final SignUps signUps;
    private final SignInLimits limits;
    private final ClientAddresses clientAddresses;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final String domain;

    public SignUpController(SignUps signUps, SignInLimits limits, ClientAddresses clientAddresses,
                            FormTokens formTokens, SiteContext site, Uris uris,
                            Instance instance) {
        this.signUps = signUps;
        this.limits = limits;
        this.clientAddresses = clientAddresses;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.domain = instance.authority();
    }

    /** The form as posted. */
    @Serdeable
    public record SignUpForm(@Nullable String handle, @Nullable String displayName, @Nullable String email,
                             @Nullable String password, @Nullable String reason,
                             @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        if (signUps.mode() == Registrations.Mode.CLOSED) {
            return closed();
        }
        return page(request, HttpStatus.OK, new MemberForm("", "", "", ""), "", Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpForm posted) {
        if (signUps.mode() == Registrations.Mode.CLOSED) {
            return closed();
        }
        MemberForm form = new MemberForm(posted.handle(), posted.displayName(), posted.email(), posted.password());
        String reason = posted.reason() == null ? "" : posted.reason();
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, form, reason, Map.of("handle",
                    "The form had expired or did not come from this site; check the fields and join again."));
        }
        String address = clientAddresses.of(request);
        if (!limits.allowsSignUp(address)) {
            return site.notice(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ups",
                    "Too many accounts were asked for from this address. Wait a quarter of an hour.", "/",
                    "Go to the hub").header("Retry-After", Long.toString(SignInLimits.WINDOW.toSeconds()));
        }
        limits.signUpAttempted(address);
        try {
            Actor member = signUps.signUp(form, reason);
            String handle = "@" + member.username() + "@" + domain;
            if (signUps.mode() == Registrations.Mode.APPROVAL) {
                return site.notice(HttpStatus.ACCEPTED, "Thank you, " + member.displayName(),
                        "An organiser of " + site.site().hubName() + " will look at your sign-up. Once they approve "
                                + "it you can sign in as " + handle + ".", "/", "Go to the hub");
            }
            return site.notice(HttpStatus.CREATED, "Welcome, " + member.displayName(), "You are a member of "
                    + site.site().hubName() + " as " + handle + ". Sign in to start.", "/sign-in", "Sign in");
        } catch (NewMembers.Invalid invalid) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, form, reason, invalid.errors().byField());
        }
    }

    private HttpResponse<?> closed() {
        return site.notice(HttpStatus.NOT_FOUND, "Sign-up is closed",
                "People join " + site.site().hubName() + " by invitation. Ask one of its organisers for one.", "/",
                "Go to the hub");
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, MemberForm typed, String reason,
                                 Map<String, String> errors) {
        String formToken = formTokens.token(request);
        boolean approval = signUps.mode() == Registrations.Mode.APPROVAL;
        String intro = approval ? "An organiser approves each new account before it can sign in."
                : "Anyone may join this hub.";
        JoinView view = new JoinView(site.site(), PageMeta.of("Join " + site.site().hubName(), "Sign up to "
                + site.site().hubName(), uris.base().resolve("/sign-up").toString()), "/sign-up", formToken, intro,
                domain, typed.handle(), typed.displayName(), typed.email(), approval, reason, errors);
        return HttpResponse.status(status).body(Pages.render("members/join", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(formToken))
                .header("Cache-Control", "no-store");
    }
}
