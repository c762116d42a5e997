package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * A remote group's thread: its first post and the replies held here, oldest first.
 *
 * @param groupId the group's actor id, for the link back, or 0 when the thread's group is not known here
 * @param later   the link to the next page of replies, or null
 */
public record RemoteThreadView(Site site, PageMeta meta, String groupName, long groupId, Entry first,
                               List<Entry> replies, String later) {

    /**
     * A post in the thread.
     *
     * @param html      sanitised HTML, or null once deleted
     * @param authorUrl the author's profile (http or https only), or null
     * @param origin    the post on its own server (http or https only), or null
     */
    public record Entry(long id, String title, String html, String authorName, String authorHandle, String authorUrl,
                        String published, String origin, boolean deleted) {
    }
}
