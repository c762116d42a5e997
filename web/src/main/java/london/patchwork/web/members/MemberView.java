package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * A member's public page.
 *
 * @param handle  {@code @handle@domain}, what people on other servers search for to follow them
 * @param summary their bio as plain text, or null
 * @param joined  when they joined, in words
 */
public record MemberView(Site site, PageMeta meta, String name, String handle, String summary, String joined,
                         String joinedIso) {
}
