package london.patchwork.server.assets;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import london.patchwork.server.site.PageSecurityHeaders;
import london.patchwork.web.assets.MapBackground;

import java.net.URI;
import java.util.Locale;

/**
 * The maps, under {@code patchwork.map}. By default they draw the bundled outline of Greater London on a plain
 * background and no visitor's browser asks a third party for tiles.
 *
 * @param tileUrl     a tile server's URL template, such as {@code https://tile.example/{z}/{x}/{y}.png}
 *                    ({@code {s}} for its subdomains); empty for none (PATCHWORK_MAP_TILE_URL)
 * @param attribution what its licence asks the map to say, HTML as Leaflet takes it (PATCHWORK_MAP_ATTRIBUTION)
 */
@ConfigurationProperties("patchwork.map")
public record MapConfiguration(@Bindable(defaultValue = "") String tileUrl,
                               @Bindable(defaultValue = "") String attribution) {

    public MapConfiguration {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        attribution = attribution == null ? "" : attribution.strip();
        if (!tileUrl.isEmpty()) {
            tileSource(tileUrl);
        }
    }

    MapBackground background() {
        return new MapBackground(tileUrl, attribution);
    }

    /** The Content-Security-Policy of a page with a map: the tile server's images allowed only when there is one. */
    String pagePolicy() {
        return PageSecurityHeaders.withImagesFrom(tileUrl.isEmpty() ? "" : tileSource(tileUrl));
    }

    /** The template's origin as a CSP source ({@code {s}.} as a wildcard subdomain), or why it is not a tile URL. */
    static String tileSource(String template) {
        String lower = template.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new IllegalArgumentException("patchwork.map.tile-url must start with https:// (or http://)");
        }
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException("patchwork.map.tile-url must have {z}, {x} and {y} in it");
        }
        int hostStart = template.indexOf("://") + 3;
        int hostEnd = template.indexOf('/', hostStart);
        String host = (hostEnd < 0 ? template.substring(hostStart) : template.substring(hostStart, hostEnd))
                .replace("{s}", "*");
        if (host.contains("{") || host.contains("@")
                || URI.create("https://" + host.replace("*", "s")).getHost() == null) {
            throw new IllegalArgumentException("patchwork.map.tile-url has no usable host: " + template);
        }
        return template.substring(0, hostStart).toLowerCase(Locale.ROOT) + host.toLowerCase(Locale.ROOT);
    }
}
