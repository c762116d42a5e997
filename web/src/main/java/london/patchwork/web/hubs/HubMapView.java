package london.patchwork.web.hubs;

import london.patchwork.web.assets.MapBackground;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * Every hub's placed assets on one map, beside a list of the same, a page at a time.
 *
 * @param api   the GeoJSON the map draws
 * @param first the position of the page's first asset in the whole list, from 1
 */
public record HubMapView(Site site, PageMeta meta, List<Entry> assets, List<HubOption> hubs, String hub, int first,
                         String previousPage, String nextPage, MapBackground background, String api) {

    /** One placed asset and the hub it comes from. */
    public record Entry(String id, String name, String category, String url, String hubName, String hubUrl,
                        String latitude, String longitude) {
    }
}
