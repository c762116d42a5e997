package london.patchwork.web.layout;

/**
 * One page's head: its title, a description for search engines and link previews, and its canonical URL.
 * {@code activityPubUrl}, when set, is announced as an alternate so fediverse software can find the object
 * behind a page.
 */
public record PageMeta(String title, String description, String canonicalUrl, String activityPubUrl) {

    public static PageMeta of(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, null);
    }
}
