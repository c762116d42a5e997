package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * A signed-in member's own page: who they are signed in as, what they can change, and the way out.
 *
 * @param organiser whether to show the organisers' pages
 * @param moderator whether to show the moderation pages (organisers moderate too)
 */
public record AccountView(Site site, PageMeta meta, String name, String handle, String role, String profileUrl,
                          String formToken, boolean organiser, boolean moderator) {
}
