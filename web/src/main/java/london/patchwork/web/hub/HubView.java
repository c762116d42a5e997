package london.patchwork.web.hub;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;
import london.patchwork.web.posts.Stream;

/**
 * The hub's own page: the home page, and the Group actor's profile seen in a browser.
 *
 * @param handle     {@code @name@domain}, what a Mastodon user types into search
 * @param actorUrl   the Group actor's id, which also works in Mastodon's search box
 * @param summary    plain-text summary
 * @param iconUrl    avatar, or null
 * @param stream     the hub's and its members' public posts, newest first
 */
public record HubView(Site site, PageMeta meta, String name, String handle, String actorUrl, String summary,
                      String iconUrl, Stream stream) {
}
