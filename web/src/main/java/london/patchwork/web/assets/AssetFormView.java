package london.patchwork.web.assets;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The form that adds or edits an asset: what was typed, field by field, and what is wrong with it.
 *
 * @param creating   true for a new asset, false to edit {@code id}
 * @param background what the map for placing the point draws
 * @param photoUrl   the photo the asset has (or the one uploaded with a form that came back), empty for none
 */
public record AssetFormView(Site site, PageMeta meta, String formToken, boolean creating, String id,
                            Map<String, String> values, Map<String, String> errors,
                            List<AssetListView.Option> categories, List<String> kinds, List<String> statuses,
                            MapBackground background, String photoUrl) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : "false";
    }

    public String action() {
        return creating ? "/assets/new" : "/assets/" + id + "/edit";
    }
}
