package london.patchwork.web.connections;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * An asset's ties, with a form for members to add one and a button on each of their own to remove it.
 *
 * @param error why the last form was refused, or empty
 */
public record AssetConnectionsView(Site site, PageMeta meta, String assetId, String assetName, List<Row> ties,
                                   boolean canAdd, String formToken, List<NetworkPageView.Option> types,
                                   String error) {

    /** @param direction "→" this asset is the subject, "←" the object, "↔" mutual */
    public record Row(String id, String typeName, String direction, String otherName, String otherUrl,
                      String otherKind, int strength, String note, boolean canRemove) {
    }
}
