package london.patchwork.server.site;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.Locale;

/**
 * Chooses between an ActivityPub document and an HTML page for one URL. ActivityPub clients ask for
 * {@code application/activity+json} or {@code application/ld+json}; browsers ask for {@code text/html}.
 */
public final class Negotiation {

    public static final String ACTIVITY_JSON = "application/activity+json";
    public static final String LD_JSON_ACTIVITY_STREAMS =
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    private Negotiation() {
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

    /** The media type to answer with: ld+json when that is what the client named, otherwise activity+json. */
    public static String activityMediaType(HttpRequest<?> request) {
        String accept = acceptOf(request);
        return accept.contains("application/ld+json") && !accept.contains("application/activity+json")
                ? LD_JSON_ACTIVITY_STREAMS : ACTIVITY_JSON;
    }

    private static String acceptOf(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    }
}
