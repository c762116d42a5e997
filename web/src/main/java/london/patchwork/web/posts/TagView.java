package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * A hashtag's page: the public posts the hub holds with that tag, newest first.
 *
 * @param tag the tag without its {@code #}, as it appears in the page's URL
 */
public record TagView(Site site, PageMeta meta, String tag, Stream posts) {
}
