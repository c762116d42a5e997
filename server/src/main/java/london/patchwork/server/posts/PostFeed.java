package london.patchwork.server.posts;

import java.time.Instant;
import java.util.List;

/**
 * A feed of posts before it is written as Atom or JSON Feed: the same facts for both.
 *
 * @param homeUrl  the page the feed follows (the home page, a member's page, a tag page)
 * @param feedBase the feeds' URL without extension: {@code feedBase + ".atom"}, {@code feedBase + ".json"}
 * @param updated  when the newest item last changed; the feed's own time when it has none
 */
record PostFeed(String title, String description, String homeUrl, String feedBase, Instant updated,
                List<Item> items) {

    /**
     * One post.
     *
     * @param id          the post's URI: permanent and unique, as both formats ask
     * @param url         where a reader opens it: its page here, or its origin for a remote post
     * @param contentHtml sanitised HTML
     * @param warning     the content warning, or null
     * @param updated     the last edit, or {@code published}
     */
    record Item(String id, String url, String title, String contentHtml, String warning, String authorName,
                String authorUrl, Instant published, Instant updated) {
    }
}
