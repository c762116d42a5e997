package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

import java.util.List;

/** Posts from the fediverse (notes, articles, pages), and likes and boosts of posts. */
@Singleton
public class PostsInbox implements InboxRoutes {

    /** The object types this capability keeps as posts. */
    static final List<String> POST_TYPES = List.of("Note", "Article", "Page");

    private final CreatePostHandler createPost;
    private final UpdatePostHandler updatePost;
    private final DeletePostHandler deletePost;
    private final LikeHandler like;
    private final AnnounceHandler announce;
    private final UndoReactionHandler undoReaction;

    public PostsInbox(CreatePostHandler createPost, UpdatePostHandler updatePost, DeletePostHandler deletePost,
                      LikeHandler like, AnnounceHandler announce, UndoReactionHandler undoReaction) {
        this.createPost = createPost;
        this.updatePost = updatePost;
        this.deletePost = deletePost;
        this.like = like;
        this.announce = announce;
        this.undoReaction = undoReaction;
    }

    @Override
    public void register(Routes routes) {
        for (String type : POST_TYPES) {
            routes.on("Create", type, createPost)
                    .on("Update", type, updatePost)
                    .on("Delete", type, deletePost)
                    .on("Like", type, like)
                    .on("Announce", type, announce);
        }
        // A boost of something not held here: kept when the booster is followed (the handler fetches it then).
        routes.onAny("Announce", announce)
                .on("Undo", "Like", undoReaction)
                .on("Undo", "Announce", undoReaction);
    }
}
