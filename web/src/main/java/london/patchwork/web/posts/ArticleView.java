package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * A blog article's page: the article, then its discussion (replies from this hub and anywhere on the fediverse,
 * oldest first), a reply form for members and a "reply from your server" box for everyone else.
 *
 * @param title     the article's title
 * @param tags      the article's hashtags, each with its tag page
 * @param editUrl   where its author edits it, or null for everyone else
 * @param reply     what a signed-in member replies with, or null for visitors
 * @param interact  the "reply from your server" box: the article's id to carry to the visitor's server
 */
public record ArticleView(Site site, PageMeta meta, PostView.PostEntry article, String title, List<TagLink> tags,
                          Discussion discussion, String editUrl, ReplyForm reply, String interact) {

    /** A hashtag and its page. */
    public record TagLink(String name, String url) {
    }

    /**
     * One page of a conversation.
     *
     * @param count    all the replies the hub holds
     * @param laterUrl the next page of later replies, or null on the last
     */
    public record Discussion(List<PostView.PostEntry> replies, long count, String laterUrl) {
    }

    /** A member's reply form, with what they typed and why it was refused when it comes back. */
    public record ReplyForm(String action, String formToken, String status, Map<String, String> errors) {

        public String error(String field) {
            String message = errors.get(field);
            return message == null || message.isEmpty() ? null : message;
        }
    }
}
