package london.patchwork.web.posts;

import java.util.List;

/**
 * One page of posts, newest first, as the home page, a tag page and a member's page list them.
 *
 * @param olderUrl the next page ("Older posts"), or null on the last page
 */
public record Stream(List<PostView.PostEntry> posts, String olderUrl) {

    public static Stream empty() {
        return new Stream(List.of(), null);
    }
}
