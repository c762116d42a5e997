package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The forum's front page: its categories and the latest threads, pinned first.
 *
 * @param canWrite whether the visitor is a member, who may open a thread
 */
public record ForumIndexView(Site site, PageMeta meta, List<ForumEntries.Category> categories,
                             List<ForumEntries.Thread> latest, boolean canWrite) {
}
