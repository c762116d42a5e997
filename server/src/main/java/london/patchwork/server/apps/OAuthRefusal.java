package london.patchwork.server.apps;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why the token or revoke endpoint said no, in OAuth's shape (RFC 6749 §5.2): {@code invalid_request},
 * {@code invalid_client}, {@code invalid_grant}, {@code unsupported_grant_type}, {@code invalid_scope}.
 */
@Serdeable
public record OAuthRefusal(String error, @JsonProperty("error_description") String errorDescription) {

    static OAuthRefusal invalidRequest(String description) {
        return new OAuthRefusal("invalid_request", description);
    }

    static OAuthRefusal invalidClient() {
        return new OAuthRefusal("invalid_client", "Client authentication failed: unknown client or wrong secret.");
    }

    static OAuthRefusal invalidGrant(String description) {
        return new OAuthRefusal("invalid_grant", description);
    }

    /** A client that failed to authenticate gets 401, as RFC 6749 says; everything else is the request's fault. */
    HttpStatus status() {
        return "invalid_client".equals(error) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
    }

    MutableHttpResponse<OAuthRefusal> response() {
        MutableHttpResponse<OAuthRefusal> response = HttpResponse.status(status()).body(this)
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store");
        return "invalid_client".equals(error) ? response.header("WWW-Authenticate", "Basic realm=\"Patchwork\"")
                : response;
    }
}
