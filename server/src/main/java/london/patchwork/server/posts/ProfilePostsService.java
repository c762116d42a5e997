package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.web.posts.PostView;

import java.util.List;

/** An author's recent public posts, drawn as the hub's post pages draw them, for pages other capabilities own. */
@Singleton
public class ProfilePostsService {

    private final PostRepository posts;
    private final PostPages pages;

    public ProfilePostsService(PostRepository posts, PostPages pages) {
        this.posts = posts;
        this.pages = pages;
    }

    public List<PostView.PostEntry> recentPublic(long authorId, int limit) {
        return posts.findPublicByAuthor(authorId, limit).stream().map(pages::entry).toList();
    }
}
