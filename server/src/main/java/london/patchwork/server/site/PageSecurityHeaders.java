package london.patchwork.server.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every HTML page: no scripts but the hub's own files (pages need none; a link or markup a peer smuggled past the
 * sanitiser cannot run), no plugins, no {@code <base>}, and no framing by other sites (a framed "Revoke" or
 * "Suspend" button could be clicked by a visitor who cannot see it). A page that set its own policy keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PageSecurityHeaders {

    static final String POLICY = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The policy of a page that draws a map: as every page's, with images only from this site, {@code data:} URLs
     * (Leaflet's own) and, when not blank, {@code tileSource} (a configured tile server's origin), so that a map page
     * asks no third party for anything unless the hub chose one.
     */
    public static String withImagesFrom(String tileSource) {
        return POLICY + "; img-src 'self' data:" + (tileSource.isBlank() ? "" : " " + tileSource);
    }

    @ResponseFilter
    public void addTo(MutableHttpResponse<?> response) {
        boolean html = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (!html) {
            return;
        }
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", POLICY);
        }
        if (!response.getHeaders().contains("X-Frame-Options")) {
            response.header("X-Frame-Options", "DENY");
        }
    }
}
