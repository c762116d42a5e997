package london.patchwork.server.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;

import java.util.Locale;

/**
 * ActivityStreams documents as HTTP responses, and the content negotiation that chooses between them and
 * HTML pages on one URL. Mastodon only accepts {@code application/activity+json} (or ld+json with the
 * ActivityStreams profile) from us; caches must key on {@code Accept}.
 */
@Singleton
public final class ActivityResponses {

    public static final String ACTIVITY_JSON = "application/activity+json";
    public static final String LD_JSON_ACTIVITY_STREAMS =
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    private final ActivityJson json;

    public ActivityResponses(ActivityJson json) {
        this.json = json;
    }

    /** True when the client asked for an ActivityStreams document rather than a page. */
    public static boolean wantsActivityJson(HttpRequest<?> request) {
        String accept = acceptOf(request);
        if (accept.contains("application/activity+json") || accept.contains("application/ld+json")) {
            return true;
        }
        // Plain JSON clients (curl -H 'Accept: application/json') get JSON too, unless they also take HTML.
        return accept.contains("application/json") && !accept.contains("text/html");
    }

    public MutableHttpResponse<byte[]> document(HttpRequest<?> request, ApObject object) {
        return document(request, HttpStatus.OK, object);
    }

    public MutableHttpResponse<byte[]> document(HttpRequest<?> request, HttpStatus status, ApObject object) {
        return HttpResponse.<byte[]>status(status)
                .body(json.write(object))
                .contentType(mediaTypeFor(request))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header("Access-Control-Allow-Origin", "*");
    }

    /** ld+json when that is all the client named, otherwise activity+json. */
    static String mediaTypeFor(HttpRequest<?> request) {
        String accept = acceptOf(request);
        return accept.contains("application/ld+json") && !accept.contains("application/activity+json")
                ? LD_JSON_ACTIVITY_STREAMS : ACTIVITY_JSON;
    }

    private static String acceptOf(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    }
}
