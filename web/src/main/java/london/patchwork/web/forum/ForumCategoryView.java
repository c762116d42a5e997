package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * One category's threads, a page at a time.
 *
 * @param previousUrl the page before, or null on the first
 * @param nextUrl     the page after, or null on the last
 */
public record ForumCategoryView(Site site, PageMeta meta, ForumEntries.Category category,
                                List<ForumEntries.Thread> threads, int page, String previousUrl, String nextUrl,
                                boolean canWrite) {
}
