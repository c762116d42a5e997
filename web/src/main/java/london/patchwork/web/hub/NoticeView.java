package london.patchwork.web.hub;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * A page that only says something: an error a visitor can act on, or an explanation.
 *
 * @param heading   the page's heading
 * @param message   one or two sentences, plain text
 * @param linkUrl   where to go next, or null
 * @param linkLabel the link's text
 */
public record NoticeView(Site site, PageMeta meta, String heading, String message, String linkUrl,
                         String linkLabel) {
}
