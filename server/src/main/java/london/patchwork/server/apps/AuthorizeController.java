package london.patchwork.server.apps;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.apps.CodeView;
import london.patchwork.web.apps.ConsentView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth's authorisation endpoint as a member meets it: signed out, they sign in first and come back; signed in,
 * they see which app asks for what and answer with Authorise or Deny. Only a browser session counts as signed in
 * here: an app's token cannot authorise another app.
 */
@Controller("/oauth/authorize")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class AuthorizeController {

    private final AppTokens tokens;
    private final ActorRepository actors;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final String domain;

    public AuthorizeController(AppTokens tokens, ActorRepository actors, FormTokens formTokens, SiteContext site,
                               Uris uris, Instance instance) {
        this.tokens = tokens;
        this.actors = actors;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.domain = instance.authority();
    }

    /** The consent form as posted: the app's request carried back, and the member's answer. */
    @Serdeable
    public record ConsentForm(@Nullable @JsonProperty("client_id") String clientId,
                              @Nullable @JsonProperty("redirect_uri") String redirectUri,
                              @Nullable String scope, @Nullable String state,
                              @Nullable @JsonProperty("code_challenge") String codeChallenge,
                              @Nullable @JsonProperty("code_challenge_method") String codeChallengeMethod,
                              @Nullable String decision, @Nullable @JsonProperty("_form") String form) {

        AuthorizationRequest request() {
            return new AuthorizationRequest("code", clientId, redirectUri, scope, state, codeChallenge,
                    codeChallengeMethod);
        }
    }

    @Get
    public HttpResponse<?> ask(HttpRequest<?> request, @Nullable Authentication authentication,
                               @Nullable @QueryValue("response_type") String responseType,
                               @Nullable @QueryValue("client_id") String clientId,
                               @Nullable @QueryValue("redirect_uri") String redirectUri,
                               @Nullable @QueryValue String scope, @Nullable @QueryValue String state,
                               @Nullable @QueryValue("code_challenge") String codeChallenge,
                               @Nullable @QueryValue("code_challenge_method") String codeChallengeMethod,
                               @Nullable @QueryValue("force_login") String forceLogin) {
        AuthorizationRequest asked = new AuthorizationRequest(responseType, clientId, redirectUri, scope, state,
                codeChallenge, codeChallengeMethod);
        AuthorizationRequest.Checked checked = asked.check(tokens);
        if (!(checked instanceof AuthorizationRequest.Acceptable acceptable)) {
            return refuse(asked, checked);
        }
        Optional<Long> member = sessionMember(authentication);
        if (member.isEmpty() || "true".equalsIgnoreCase(forceLogin)) {
            // force_login: the member signs in again (perhaps as someone else) before consenting.
            return signInFirst(asked);
        }
        return consentPage(request, asked, acceptable, member.get());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @Nullable @Body ConsentForm posted) {
        if (posted == null || !formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site. Go back to the app and sign in again.",
                    "/account/apps", "Your authorised apps");
        }
        AuthorizationRequest asked = posted.request();
        Optional<Long> member = sessionMember(authentication);
        if (member.isEmpty()) {
            return signInFirst(asked);
        }
        AuthorizationRequest.Checked checked = asked.check(tokens);
        if (!(checked instanceof AuthorizationRequest.Acceptable acceptable)) {
            return refuse(asked, checked);
        }
        boolean oob = RedirectUris.OOB.equals(acceptable.redirectUri());
        if (!"authorise".equals(posted.decision())) {
            return oob ? site.notice(HttpStatus.OK, "Not authorised",
                    acceptable.app().name() + " was not given access to your account.", "/account", "Your account")
                    : found(asked.answer(acceptable.redirectUri(), Map.of("error", "access_denied",
                    "error_description", "The member denied the request.")));
        }
        String code = tokens.issueCode(acceptable.app(), member.get(), acceptable.redirectUri(),
                acceptable.scopes(), acceptable.codeChallenge());
        if (oob) {
            CodeView view = new CodeView(site.site(), PageMeta.of("Your code for " + acceptable.app().name(),
                    "An authorisation code to copy into an app", uris.base().resolve("/oauth/authorize").toString()),
                    acceptable.app().name(), code);
            return HttpResponse.ok(Pages.render("apps/code", view)).contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-store");
        }
        return found(asked.answer(acceptable.redirectUri(), Map.of("code", code)));
    }

    private HttpResponse<?> consentPage(HttpRequest<?> request, AuthorizationRequest asked,
                                        AuthorizationRequest.Acceptable acceptable, long member) {
        String handle = actors.findById(member).map(actor -> "@" + actor.username() + "@" + domain).orElse("");
        String token = formTokens.token(request);
        OAuthApp app = acceptable.app();
        boolean oob = RedirectUris.OOB.equals(acceptable.redirectUri());
        String destination = oob ? null : destination(acceptable.redirectUri());
        ConsentView view = new ConsentView(site.site(), PageMeta.of("Authorise " + app.name(),
                app.name() + " asks to use your account", uris.base().resolve("/oauth/authorize").toString()),
                token, app.name(), app.website(), handle, ScopeWords.of(acceptable.scopes()), destination,
                new ConsentView.Request(app.clientId(), acceptable.redirectUri(), acceptable.scopes().text(),
                        asked.state(), acceptable.codeChallenge(),
                        acceptable.codeChallenge() == null ? null : "S256"));
        // Framing is refused so that no other site can overlay the Authorise button (clickjacking).
        return HttpResponse.ok(Pages.render("apps/consent", view)).contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(formTokens.cookie(token)).header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    private HttpResponse<?> refuse(AuthorizationRequest asked, AuthorizationRequest.Checked checked) {
        return switch (checked) {
            case AuthorizationRequest.Unanswerable unanswerable -> site.notice(HttpStatus.BAD_REQUEST,
                    "This app cannot be authorised", unanswerable.reason() + " Ask its makers, or try another app.",
                    "/", "Go to the hub");
            // Not sent back to the app: anyone can register an app with any redirect URI, and a redirect that
            // needs no sign-in and no click would make the hub a redirector to it. The member sees why instead.
            case AuthorizationRequest.BackWithError back -> site.notice(HttpStatus.BAD_REQUEST,
                    "This app cannot be authorised", back.description() + " (" + back.error() + ")", "/",
                    "Go to the hub");
            case AuthorizationRequest.Acceptable acceptable -> throw new IllegalStateException("not a refusal");
        };
    }

    private static HttpResponse<?> signInFirst(AuthorizationRequest asked) {
        return HttpResponse.seeOther(URI.create("/sign-in?next="
                + URLEncoder.encode(asked.path(), StandardCharsets.UTF_8)));
    }

    private static HttpResponse<?> found(URI location) {
        return HttpResponse.status(HttpStatus.FOUND).header("Location", location.toString())
                .header("Cache-Control", "no-store");
    }

    private static Optional<Long> sessionMember(@Nullable Authentication authentication) {
        return authentication != null && "session".equals(authentication.getAttributes().get(Viewers.VIA))
                ? Viewers.actorId(authentication) : Optional.empty();
    }

    private static String destination(String redirectUri) {
        URI uri = URI.create(redirectUri);
        return uri.getHost() != null ? uri.getHost() : uri.getScheme() + ":";
    }
}
