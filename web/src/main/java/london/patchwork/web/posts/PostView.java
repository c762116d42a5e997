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

    /**
     * One post as a card: who wrote it, when, and what it says.
     *
     * @param likes  how many have liked it, here and across the fediverse
     * @param boosts how many have boosted (announced) it
     */
    public record PostEntry(String authorName, String authorHandle, String authorUrl, String contentHtml,
                            String warning, String published, String publishedIso, String url, boolean edited,
                            List<Image> images, int likes, int boosts) {

        /** "3 likes", "1 like"; null when nobody has, so the card says nothing rather than "0 likes". */
        public String likesText() {
            return counted(likes, "like");
        }

        public String boostsText() {
            return counted(boosts, "boost");
        }

        private static String counted(int count, String noun) {
            return count <= 0 ? null : count + " " + noun + (count == 1 ? "" : "s");
        }
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
