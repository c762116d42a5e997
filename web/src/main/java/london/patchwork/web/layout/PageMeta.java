package london.patchwork.web.layout;

import java.util.List;

/**
 * One page's head: its title, a description for search engines and link previews, and its canonical URL.
 * {@code activityPubUrl}, when set, is announced as an alternate so fediverse software can find the object
 * behind a page; {@code feeds} are announced the same way so feed readers find the page's feeds;
 * {@code refreshSeconds}, when above 0, has the browser load the page again that often.
 */
public record PageMeta(String title, String description, String canonicalUrl, String activityPubUrl,
                       List<Feed> feeds, int refreshSeconds) {

    /** A feed of the page's posts, announced as {@code <link rel="alternate" type=... href=...>}. */
    public record Feed(String type, String title, String href) {
    }

    public PageMeta {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    public PageMeta(String title, String description, String canonicalUrl, String activityPubUrl,
                    List<Feed> feeds) {
        this(title, description, canonicalUrl, activityPubUrl, feeds, 0);
    }

    public PageMeta(String title, String description, String canonicalUrl, String activityPubUrl) {
        this(title, description, canonicalUrl, activityPubUrl, List.of());
    }

    /**
     * The same head asking the browser to load the page again after a few seconds ({@code <meta http-equiv=
     * "refresh">}): a page that follows something in progress without JavaScript.
     */
    public PageMeta refreshingEvery(int seconds) {
        return new PageMeta(title, description, canonicalUrl, activityPubUrl, feeds, seconds);
    }

    public static PageMeta of(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, null);
    }

    /** The same head announcing more alternates (the hub's datasets) after those it has. */
    public PageMeta withAlternates(List<Feed> more) {
        List<Feed> all = new java.util.ArrayList<>(feeds);
        all.addAll(more);
        return new PageMeta(title, description, canonicalUrl, activityPubUrl, all);
    }

    /**
     * The same head announcing a page's Atom and JSON feeds.
     *
     * @param feedBase absolute URL the feeds hang from: {@code BASE.atom} and {@code BASE.json}
     */
    public PageMeta withFeeds(String title, String feedBase) {
        return new PageMeta(this.title, description, canonicalUrl, activityPubUrl, List.of(
                new Feed("application/atom+xml", title + " (Atom)", feedBase + ".atom"),
                new Feed("application/feed+json", title + " (JSON Feed)", feedBase + ".json")), refreshSeconds);
    }
}
