package london.patchwork.web.hubs;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * Posts, articles and threads from this hub and every joined hub, newest first.
 *
 * @param hub          the origin filtered on, empty for all
 * @param previousPage the previous page's address, empty on the first; {@code nextPage} likewise on the last
 */
public record HubFeedView(Site site, PageMeta meta, List<JoinedItemView> items, List<HubOption> hubs, String hub,
                          String previousPage, String nextPage) {
}
