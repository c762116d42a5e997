package london.patchwork.web.assets;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/** Every save of an asset, newest first, each with the fields as they were saved. */
public record AssetHistoryView(Site site, PageMeta meta, String id, String name, List<Revision> revisions) {

    public record Revision(int number, String author, String created, List<AssetPageView.Detail> fields) {
    }
}
