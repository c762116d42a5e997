package london.patchwork.server.site;

import java.util.List;

/**
 * Open data a capability publishes. The kernel lists every dataset on {@code /datasets} and links each from the home
 * page with {@code <link rel="alternate">}, though it holds none; the capabilities that do (assets, connections,
 * Open Referral UK) provide beans of this.
 */
public interface DatasetSource {

    /** The datasets this capability publishes, in the order the page should list them. */
    List<Dataset> datasets();

    /**
     * One dataset at a stable URL.
     *
     * @param section   the heading it is listed under ("Community assets", "The network", "Open Referral UK")
     * @param path      its path on this hub, starting with {@code /}
     * @param mediaType what it is served as, for {@code <link rel="alternate" type=...>}
     * @param format    the format's name as people know it ("GeoJSON", "CSV", "Kumu JSON", "GraphML")
     */
    record Dataset(String section, String title, String description, String path, String mediaType, String format) {
    }
}
