package london.patchwork.server.apps;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.http.ApiError;

/**
 * Mastodon's words for the two refusals an app meets: a token that is unknown, revoked or whose member is suspended
 * (401 {@code The access token is invalid}), and a call outside the token's scopes (403). Apps such as Tusky show
 * the 401 as "signed out" and ask the member to sign in again. Every other refusal is Micronaut's, unchanged.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class OAuthErrorHandler extends DefaultAuthorizationExceptionHandler {

    public OAuthErrorHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                             RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                             @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
    }

    @Override
    protected MutableHttpResponse<?> httpResponseWithStatus(HttpRequest<?> request, AuthorizationException exception) {
        if (exception.isForbidden() && request.getAttribute(OAuthScopeRule.OUTSIDE_SCOPES).isPresent()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        if (!exception.isForbidden() && request.getAttribute(AppTokenAuthenticationFetcher.UNKNOWN_TOKEN).isPresent()) {
            return ApiError.of(HttpStatus.UNAUTHORIZED, "The access token is invalid")
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        return super.httpResponseWithStatus(request, exception);
    }
}
