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
 * @param editUrl     where the post's author edits or deletes it, or null for everyone else
 */
public record PostView(Site site, PageMeta meta, PostEntry post, List<PostEntry> replies, String editUrl) {

    /** One post as a card: who wrote it, when, and what it says. */
    public record PostEntry(String authorName, String authorHandle, String authorUrl, String contentHtml,
                            String warning, String published, String publishedIso, String url, boolean edited,
                            List<Image> images) {
    }

    /**
     * An image on a post: shown from this hub ({@code src} is the preview) or, for a remote post, only a link to it
     * ({@code src} null), since the hub does not fetch other servers' files.
     *
     * @param alt the author's description, or null when they gave none
     */
    public record Image(String url, String src, String alt, Integer width, Integer height) {
    }
}
