package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.outbox.FeaturedObjects;

import java.util.List;

/** An actor's pinned posts, for the featured collection. */
@Singleton
class PinnedPosts implements FeaturedObjects {

    private final PostRepository posts;
    private final PostDocuments documents;

    PinnedPosts(PostRepository posts, PostDocuments documents) {
        this.posts = posts;
        this.documents = documents;
    }

    @Override
    public List<ApObject> featured(long actorId) {
        return posts.findPinned(actorId).stream().map(post -> (ApObject) documents.document(post)).toList();
    }
}
