package london.patchwork.server.members;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.event.ApplicationEventPublisher;
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
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.PasswordView;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** A signed-in member changes their password; every other session of theirs ends. */
@Controller("/account/password")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class PasswordController {

    private final Sessions sessions;
    private final MemberRepository members;
    private final Passwords passwords;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final ApplicationEventPublisher<MemberService.PasswordChanged> passwordChanges;

    public PasswordController(ApplicationEventPublisher<MemberService.PasswordChanged> passwordChanges,
                              Sessions sessions, MemberRepository members, Passwords passwords,
                              FormTokens formTokens, SiteContext site, Uris uris) {
        this.passwordChanges = passwordChanges;
        this.sessions = sessions;
        this.members = members;
        this.passwords = passwords;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** The form as posted. */
    @Serdeable
    public record PasswordForm(@Nullable String current, @Nullable String password,
                               @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        if (sessions.current(request).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        return page(request, HttpStatus.OK, Map.of(), false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, @Body PasswordForm posted) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, Map.of("current",
                    "The form had expired or did not come from this site; try again."), false);
        }
        Member member = signedIn.get().member();
        String current = posted.current() == null ? "" : posted.current();
        String replacement = posted.password() == null ? "" : posted.password();
        if (!passwords.matches(current.toCharArray(), member.passwordHash())) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("current",
                    "That is not your current password."), false);
        }
        Optional<String> problem = MemberForm.passwordProblem(replacement, signedIn.get().actor().username(),
                member.email());
        if (problem.isPresent()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("password", problem.get()), false);
        }
        members.update(member.withPasswordHash(passwords.hash(replacement.toCharArray())));
        passwordChanges.publishEvent(new MemberService.PasswordChanged(member.actorId()));
        sessions.closeOthers(request, member.actorId());
        return page(request, HttpStatus.OK, Map.of(), true);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, String> errors,
                                 boolean done) {
        String token = formTokens.token(request);
        PasswordView view = new PasswordView(site.site(), PageMeta.of("Change your password", "Your account",
                uris.base().resolve("/account/password").toString()), token, errors, done);
        return HttpResponse.status(status).body(Pages.render("members/password", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
