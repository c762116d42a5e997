package london.patchwork.web.assets;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The list of the hub's community assets with its filters, as the visitor set them.
 *
 * @param canAdd whether to offer "Add an asset" (members)
 */
public record AssetListView(Site site, PageMeta meta, List<Entry> assets, List<Option> categories,
                            List<Option> kinds, String category, String kind, String tag, String text,
                            boolean canAdd, String error) {

    public record Entry(String id, String name, String kind, String category, String postcode, List<String> tags) {
    }

    /** One choice of a select: its value and the words shown. */
    public record Option(String value, String label) {
    }
}
