package london.patchwork.server.apps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;

import java.net.URI;
import java.util.List;

/** Mastodon's {@code POST /api/v1/apps}: any app may register, as on Mastodon; members decide what it gets. */
@Controller("/api/v1/apps")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AppsController {

    private static final int LONGEST_NAME = 100;

    private final AppTokens tokens;
    private final OAuthAppRepository apps;

    public AppsController(AppTokens tokens, OAuthAppRepository apps) {
        this.tokens = tokens;
        this.apps = apps;
    }

    /** The registration as posted, form or JSON; {@code redirect_uris} is a string (a URI per line) or a list. */
    @Serdeable
    public record AppForm(@Nullable @JsonProperty("client_name") String clientName,
                          @Nullable @JsonProperty("redirect_uris") Object redirectUris,
                          @Nullable String scopes,
                          @Nullable String website) {
    }

    /** Mastodon's Application entity; the secret appears only in the answer to registration. */
    @Serdeable
    public record ApplicationJson(String id, String name, @Nullable String website, String scopes,
                                  @JsonProperty("redirect_uri") String redirectUri,
                                  @JsonProperty("redirect_uris") List<String> redirectUris,
                                  @Nullable @JsonProperty("client_id") String clientId,
                                  @Nullable @JsonProperty("client_secret") String clientSecret,
                                  @Nullable @JsonProperty("client_secret_expires_at") Integer clientSecretExpiresAt) {
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public HttpResponse<?> register(@Body AppForm form) {
        String name = form.clientName() == null ? "" : form.clientName().strip();
        if (name.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: client_name can't be blank");
        }
        if (name.length() > LONGEST_NAME) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Validation failed: client_name is too long (at most " + LONGEST_NAME + " characters)");
        }
        RedirectUris.Parsed uris = RedirectUris.parse(form.redirectUris());
        if (uris.problem() != null) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: " + uris.problem());
        }
        Scopes.Result scopes = Scopes.parse(form.scopes(), Scopes.DEFAULT);
        if (scopes.scopes().isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: " + scopes.problem());
        }
        String website = form.website() == null || form.website().isBlank() ? null : form.website().strip();
        if (website != null && !isWebAddress(website)) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: website must be an http(s) URL");
        }
        AppTokens.Registered registered = tokens.register(name, website, uris.uris(), scopes.scopes().get());
        return HttpResponse.ok(json(registered.app(), registered.clientSecret()));
    }

    /** The app a token belongs to (any token of it: a member's or its own). */
    @Get("/verify_credentials")
    public HttpResponse<?> verifyCredentials(@Nullable Authentication authentication) {
        Object appId = authentication == null ? null
                : authentication.getAttributes().get(AppTokenAuthenticationFetcher.APP_ID);
        if (!(appId instanceof Number id)) {
            return ApiError.of(HttpStatus.UNAUTHORIZED, "The access token is invalid");
        }
        return apps.findById(id.longValue()).<HttpResponse<?>>map(app -> HttpResponse.ok(json(app, null)))
                .orElseGet(() -> ApiError.of(HttpStatus.UNAUTHORIZED, "The access token is invalid"));
    }

    static ApplicationJson json(OAuthApp app, @Nullable String clientSecret) {
        List<String> uris = app.redirectUriList();
        return new ApplicationJson(app.id().toString(), app.name(), app.website(), app.scopes(),
                String.join("\n", uris), uris, clientSecret == null ? null : app.clientId(), clientSecret,
                clientSecret == null ? null : 0);
    }

    /** The website is shown to members as a link: only http(s), never a script. */
    private static boolean isWebAddress(String website) {
        try {
            URI uri = URI.create(website);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && website.length() <= 2000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
