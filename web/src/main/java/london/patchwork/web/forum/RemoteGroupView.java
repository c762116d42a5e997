package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * A remote group's threads as held here, newest activity first.
 *
 * @param url   the group's own page on its server, or null
 * @param older the link to the next page of older threads, or null
 */
public record RemoteGroupView(Site site, PageMeta meta, String name, String handle, String url, boolean following,
                              List<Line> threads, String older) {

    /** A thread in the list. */
    public record Line(long postId, String title, String authorName, String authorHandle, int replies,
                       String lastActivity) {
    }
}
