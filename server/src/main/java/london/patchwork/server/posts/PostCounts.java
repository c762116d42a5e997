package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.ContentCounts;

import java.time.Instant;

/** NodeInfo's content figures, from the posts this hub published. */
@Singleton
class PostCounts implements ContentCounts {

    private final PostRepository posts;

    PostCounts(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public long localPosts() {
        return posts.countLocal();
    }

    @Override
    public long activeAuthorsSince(Instant since) {
        return posts.countActiveLocalAuthors(since);
    }
}
