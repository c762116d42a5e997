package london.patchwork.web.hubs;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/** A full-text search of everything public across hubs, best match first. */
public record HubSearchView(Site site, PageMeta meta, String query, String kind, List<HubOption> kinds,
                            List<JoinedItemView> items, String previousPage, String nextPage, String error) {
}
