package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.site.Feed;
import london.patchwork.web.posts.PostView;

import java.util.List;

/** Posts as feed items, drawn as their pages draw them; {@code site.Feeds} writes them as Atom or JSON Feed. */
@Singleton
class PostFeeds {

    static final int ITEMS = 20;
    private static final int TITLE_CHARS = 80;

    private final PostPages pages;

    PostFeeds(PostPages pages) {
        this.pages = pages;
    }

    Feed feed(String title, String description, String homeUrl, String feedBase, List<Post> posts) {
        return Feed.of(title, description, homeUrl, feedBase, posts.stream().limit(ITEMS).map(this::item).toList());
    }

    private Feed.Item item(Post post) {
        PostView.PostEntry entry = pages.entry(post);
        return new Feed.Item(post.uri(), entry.url(), title(post, entry), entry.contentHtml(), entry.warning(),
                entry.authorName(), entry.authorUrl(), post.published(),
                post.updated() != null ? post.updated() : post.published());
    }

    /** An article's name; otherwise the post's first words, as feed readers list items by title. */
    static String title(Post post, PostView.PostEntry entry) {
        if (post.name() != null && !post.name().isBlank()) {
            return post.name().strip();
        }
        String text = org.jsoup.Jsoup.parseBodyFragment(entry.contentHtml()).text().strip();
        if (text.isEmpty()) {
            return "A post by " + entry.authorName();
        }
        if (text.length() <= TITLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
        return text.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1).strip() + "\u2026";
    }
}
