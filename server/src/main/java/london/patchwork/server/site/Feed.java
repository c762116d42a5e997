package london.patchwork.server.site;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A feed before it is written as Atom or JSON Feed: the same facts for both, whatever the items are (posts, guides).
 *
 * @param homeUrl  the page the feed follows (the home page, a member's page, a tag page, the guides)
 * @param feedBase the feeds' URL without extension: {@code feedBase + ".atom"}, {@code feedBase + ".json"}
 * @param updated  when the newest item last changed; the feed's own time when it has none
 */
public record Feed(String title, String description, String homeUrl, String feedBase, Instant updated,
                   List<Item> items) {

    /** A feed whose time is its newest item's. */
    public static Feed of(String title, String description, String homeUrl, String feedBase, List<Item> items) {
        Instant updated = items.stream().map(Item::updated).max(Comparator.naturalOrder()).orElse(Instant.now());
        return new Feed(title, description, homeUrl, feedBase, updated, List.copyOf(items));
    }

    /**
     * One entry.
     *
     * @param id          permanent and unique, as both formats ask: the item's URI
     * @param url         where a reader opens it
     * @param contentHtml sanitised HTML
     * @param summary     plain text shown before the content (a content warning, a guide's summary), or null
     * @param authorUrl   the author's page, or null
     * @param updated     the last change, or {@code published}
     */
    public record Item(String id, String url, String title, String contentHtml, @Nullable String summary,
                       String authorName, @Nullable String authorUrl, Instant published, Instant updated) {
    }
}
