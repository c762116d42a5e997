package london.patchwork.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The error body every JSON endpoint answers with: {@code {"error": "short reason"}}, the shape Mastodon's
 * API uses, so clients written for it show our reasons too.
 */
@Serdeable
public record ApiError(String error) {

    public static MutableHttpResponse<ApiError> of(HttpStatus status, String reason) {
        return HttpResponse.status(status).body(new ApiError(reason)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
