package london.patchwork.server.apps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth's token and revocation endpoints. Apps post forms, multipart forms (the masto library) or JSON, and
 * authenticate with {@code client_id} and {@code client_secret} in the body or with HTTP Basic.
 */
@Controller("/oauth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
public class TokenController {

    private final AppTokens tokens;

    public TokenController(AppTokens tokens) {
        this.tokens = tokens;
    }

    /** A token or revocation request as posted. */
    @Serdeable
    public record TokenForm(@Nullable @JsonProperty("grant_type") String grantType, @Nullable String code,
                            @Nullable @JsonProperty("redirect_uri") String redirectUri,
                            @Nullable @JsonProperty("client_id") String clientId,
                            @Nullable @JsonProperty("client_secret") String clientSecret,
                            @Nullable @JsonProperty("code_verifier") String codeVerifier,
                            @Nullable String scope, @Nullable String token) {
    }

    /** OAuth's token answer, as Mastodon gives it. */
    @Serdeable
    public record TokenJson(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("token_type") String tokenType, String scope,
                            @JsonProperty("created_at") long createdAt) {
    }

    @Post("/token")
    public HttpResponse<?> token(HttpRequest<?> request, @Nullable @Body TokenForm form) {
        TokenForm posted = form == null ? new TokenForm(null, null, null, null, null, null, null, null) : form;
        Optional<OAuthApp> app = client(request, posted);
        if (app.isEmpty()) {
            return OAuthRefusal.invalidClient().response();
        }
        AppTokens.Exchange exchange;
        if ("authorization_code".equals(posted.grantType())) {
            exchange = tokens.exchange(app.get(), posted.code(), posted.redirectUri(), posted.codeVerifier());
        } else if ("client_credentials".equals(posted.grantType())) {
            Scopes.Result asked = Scopes.parse(posted.scope(), Scopes.DEFAULT);
            exchange = asked.scopes().isEmpty()
                    ? new AppTokens.Refused(new OAuthRefusal("invalid_scope", asked.problem()))
                    : tokens.clientCredentials(app.get(), asked.scopes().get());
        } else {
            return new OAuthRefusal(posted.grantType() == null ? "invalid_request" : "unsupported_grant_type",
                    "grant_type must be authorization_code or client_credentials").response();
        }
        return switch (exchange) {
            case AppTokens.Granted granted -> HttpResponse.ok(new TokenJson(granted.issued().accessToken(),
                    "Bearer", granted.issued().scopes().text(), granted.issued().createdAt().getEpochSecond()))
                    .header("Cache-Control", "no-store").header("Pragma", "no-cache");
            case AppTokens.Refused refused -> refused.refusal().response();
        };
    }

    /** RFC 7009: the app gives up a token; an unknown or already revoked one is no error. */
    @Post("/revoke")
    public HttpResponse<?> revoke(HttpRequest<?> request, @Nullable @Body TokenForm form) {
        TokenForm posted = form == null ? new TokenForm(null, null, null, null, null, null, null, null) : form;
        Optional<OAuthApp> app = client(request, posted);
        if (app.isEmpty()) {
            return OAuthRefusal.invalidClient().response();
        }
        if (posted.token() == null || posted.token().isBlank()) {
            return OAuthRefusal.invalidRequest("token is required").response();
        }
        tokens.revoke(app.get(), posted.token().strip());
        return HttpResponse.ok(Map.of());
    }

    /** The client from HTTP Basic (RFC 6749 §2.3.1: form-encoded id and secret) or from the body. */
    private Optional<OAuthApp> client(HttpRequest<?> request, TokenForm posted) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return Optional.empty();
                }
                return tokens.authenticate(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return tokens.authenticate(posted.clientId(), posted.clientSecret());
    }
}
