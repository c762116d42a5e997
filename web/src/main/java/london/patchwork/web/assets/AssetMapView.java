package london.patchwork.web.assets;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The map of the hub's assets beside its list: the filters as the visitor set them (the bounding box as
 * {@code minLon,minLat,maxLon,maxLat}, empty for everywhere), one page of the placed assets that match, by name.
 *
 * @param previousPage the previous page's address, empty on the first
 * @param nextPage     the next page's address, empty on the last
 * @param first        the position of the page's first asset in the whole list, from 1
 */
public record AssetMapView(Site site, PageMeta meta, List<Entry> assets, List<AssetListView.Option> categories,
                           List<AssetListView.Option> kinds, String category, String kind, String tag, String text,
                           String bbox, int first, String previousPage, String nextPage, String error,
                           MapBackground background, String api) {

    /** One placed asset: its page, its name and what it is, and where. */
    public record Entry(String id, String name, String kind, String category, String postcode, String latitude,
                        String longitude) {
    }
}
