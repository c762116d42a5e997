package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * One post's page, with the replies the hub knows of.
 *
 * @param contentHtml sanitised HTML (written by Patchwork or cleaned on arrival), shown as is
 * @param warning     the content warning, or null
 * @param published   as people read it, e.g. "26 Nov 2026, 09:15"
 */
public record PostView(Site site, PageMeta meta, PostEntry post, List<PostEntry> replies) {

    /** One post as a card: who wrote it, when, and what it says. */
    public record PostEntry(String authorName, String authorHandle, String authorUrl, String contentHtml,
                            String warning, String published, String publishedIso, String url, boolean edited) {
    }
}
