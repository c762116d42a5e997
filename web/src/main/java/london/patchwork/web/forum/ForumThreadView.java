package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;
import london.patchwork.web.posts.PostView;

import java.util.List;
import java.util.Map;

/**
 * A thread: its first post, one page of replies oldest first, a reply form for members and a "reply from your
 * server" box for everyone else; moderators' and the author's buttons.
 *
 * @param olderUrl   the page of earlier replies, or null
 * @param newerUrl   the page of later replies, or null
 * @param objectUri  the first post's ActivityPub id, which people paste into their own server to reply
 * @param typedReply what a member typed, kept when the reply was refused
 * @param errors     field name to reason: {@code status} (the reply), {@code handle} (the remote box)
 */
public record ForumThreadView(Site site, PageMeta meta, long id, String title, String categoryName,
                              String categorySlug, PostView.PostEntry post, List<Reply> replies, long replyCount,
                              int page, int pageCount, String olderUrl, String newerUrl, boolean pinned,
                              boolean locked, boolean canReply, boolean canModerate, boolean canEdit,
                              boolean canDelete,
                              String objectUri, String formToken, String typedReply, Map<String, String> errors) {

    /** A reply, with its id for a moderator's remove button. */
    public record Reply(long id, PostView.PostEntry entry) {
    }
}
