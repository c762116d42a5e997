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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.apps.AuthorisedAppsView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A member's authorised apps at {@code /account/apps}, each with a Revoke button that ends all its tokens. */
@Controller("/account/apps")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class AuthorisedAppsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AccessTokenRepository accessTokens;
    private final OAuthAppRepository apps;
    private final AppTokens tokens;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    public AuthorisedAppsController(AccessTokenRepository accessTokens, OAuthAppRepository apps, AppTokens tokens,
                                    FormTokens formTokens, SiteContext site, Uris uris) {
        this.accessTokens = accessTokens;
        this.apps = apps;
        this.tokens = tokens;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** A form with only its token. */
    @Serdeable
    public record RevokeForm(@Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<Long> member = sessionMember(authentication);
        if (member.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/account/apps"));
        }
        return page(request, HttpStatus.OK, member.get(), null);
    }

    @Post("/{appId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @PathVariable long appId, @Nullable @Body RevokeForm posted) {
        Optional<Long> member = sessionMember(authentication);
        if (member.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/account/apps"));
        }
        if (posted == null || !formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", "/account/apps", "Your authorised apps");
        }
        Optional<OAuthApp> app = apps.findById(appId);
        if (app.isEmpty() || tokens.revokeApp(member.get(), appId) == 0) {
            return site.notice(HttpStatus.NOT_FOUND, "No such app",
                    "That app has no access to your account.", "/account/apps", "Your authorised apps");
        }
        return page(request, HttpStatus.OK, member.get(), app.get().name());
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, long member, @Nullable String revoked) {
        String token = formTokens.token(request);
        AuthorisedAppsView view = new AuthorisedAppsView(site.site(), PageMeta.of("Your authorised apps",
                "Apps that can use your account", uris.base().resolve("/account/apps").toString()), token,
                authorised(member), revoked);
        return HttpResponse.status(status).body(Pages.render("apps/authorised", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    /** One entry per app, however many tokens the member gave it (each device signs in on its own). */
    private List<AuthorisedAppsView.AuthorisedApp> authorised(long member) {
        Map<Long, List<AccessToken>> byApp = new LinkedHashMap<>();
        accessTokens.findLiveForMember(member).forEach(token ->
                byApp.computeIfAbsent(token.appId(), id -> new java.util.ArrayList<>()).add(token));
        return byApp.entrySet().stream().flatMap(entry -> apps.findById(entry.getKey()).stream().map(app -> {
            List<AccessToken> held = entry.getValue();
            Instant since = held.stream().map(AccessToken::createdAt).min(Comparator.naturalOrder()).orElseThrow();
            Optional<Instant> lastUsed = held.stream().map(AccessToken::lastUsedAt).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder());
            Set<String> scopes = new LinkedHashSet<>();
            held.forEach(token -> scopes.addAll(List.of(token.scopes().split(" "))));
            return new AuthorisedAppsView.AuthorisedApp(app.id(), app.name(), app.website(),
                    ScopeWords.of(new Scopes(scopes)), WHEN.format(since), since.toString(),
                    lastUsed.map(WHEN::format).orElse("never"));
        })).toList();
    }

    private static Optional<Long> sessionMember(@Nullable Authentication authentication) {
        return authentication != null && "session".equals(authentication.getAttributes().get(Viewers.VIA))
                ? Viewers.actorId(authentication) : Optional.empty();
    }
}
