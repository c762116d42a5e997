package london.patchwork.web.assets;

/**
 * What a map draws under its markers: tiles from {@code tileUrl} (a Leaflet URL template) with their
 * {@code attribution}, or, when {@code tileUrl} is empty, the bundled outline of Greater London on a plain
 * background, so that no visitor's browser asks a third party for anything.
 */
public record MapBackground(String tileUrl, String attribution) {

    /** The bundled, hand-drawn outline of Greater London (an approximation; see the file). */
    public static final String OUTLINE = "/static/geo/greater-london.geojson";

    public boolean tiles() {
        return !tileUrl.isEmpty();
    }
}
