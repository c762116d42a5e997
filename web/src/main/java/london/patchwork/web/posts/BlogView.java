package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The hub's blog: its articles, newest first, a page at a time.
 *
 * @param canWrite whether the visitor is a member who may write one
 * @param olderUrl the next page, or null on the last
 */
public record BlogView(Site site, PageMeta meta, List<Teaser> articles, boolean canWrite, String olderUrl) {

    /** An article as the list shows it: title, summary, who and when, and how much discussion. */
    public record Teaser(String title, String url, String summary, String authorName, String authorUrl,
                        String published, String publishedIso, String coverUrl, String coverAlt, long replies) {
    }
}
