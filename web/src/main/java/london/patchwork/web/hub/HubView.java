package london.patchwork.web.hub;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;
import london.patchwork.web.posts.Stream;

import java.util.List;

/**
 * The hub's own page: the home page, and the Group actor's profile seen in a browser.
 *
 * @param handle     {@code @name@domain}, what a Mastodon user types into search
 * @param actorUrl   the Group actor's id, which also works in Mastodon's search box
 * @param summary    plain-text summary
 * @param iconUrl    avatar, or null
 * @param stream     the hub's and its members' public posts, newest first
 * @param comingUp   the next few events, soonest first (empty without any)
 * @param area       the part of London the hub serves (PATCHWORK_HUB_AREA), or null
 */
public record HubView(Site site, PageMeta meta, String name, String handle, String actorUrl, String summary,
                      String iconUrl, Stream stream, List<Upcoming> comingUp, String area) {

    /** An event on the home page: its title, when in words, and its page. */
    public record Upcoming(String title, String when, String url) {
    }
}
