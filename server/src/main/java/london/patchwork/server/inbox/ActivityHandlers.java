package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.DeleteActorHandler;
import london.patchwork.server.actors.UpdateActorHandler;
import london.patchwork.server.follows.AcceptFollowHandler;
import london.patchwork.server.follows.FollowHandler;
import london.patchwork.server.follows.RejectFollowHandler;
import london.patchwork.server.follows.UndoFollowHandler;
import london.patchwork.server.posts.AnnounceHandler;
import london.patchwork.server.posts.CreatePostHandler;
import london.patchwork.server.posts.DeletePostHandler;
import london.patchwork.server.posts.LikeHandler;
import london.patchwork.server.posts.UndoReactionHandler;
import london.patchwork.server.posts.UpdatePostHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler applies which activity: the table of contents of what Patchwork understands. The most
 * specific registration wins ({@code Undo(Follow)} over {@code Undo(*)}); registering a pattern twice fails
 * at start-up. Anything not listed is stored and marked ignored.
 */
@Singleton
public class ActivityHandlers {

    private final Map<ActivityPattern, ActivityHandler> table = new HashMap<>();

    public ActivityHandlers(FollowHandler follow, UndoFollowHandler undoFollow, AcceptFollowHandler acceptFollow,
                            RejectFollowHandler rejectFollow, CreatePostHandler createPost,
                            UpdatePostHandler updatePost, DeletePostHandler deletePost, LikeHandler like,
                            AnnounceHandler announce, UndoReactionHandler undoReaction,
                            UpdateActorHandler updateActor, DeleteActorHandler deleteActor) {
        register(ActivityPattern.any("Follow"), follow);
        register(ActivityPattern.of("Undo", "Follow"), undoFollow);
        register(ActivityPattern.of("Accept", "Follow"), acceptFollow);
        register(ActivityPattern.of("Reject", "Follow"), rejectFollow);

        for (String postType : new String[]{"Note", "Article", "Page"}) {
            register(ActivityPattern.of("Create", postType), createPost);
            register(ActivityPattern.of("Update", postType), updatePost);
            register(ActivityPattern.of("Delete", postType), deletePost);
        }
        // Create with only the object's id: the handler fetches it from its origin and checks the type.
        register(ActivityPattern.any("Create"), createPost);
        register(ActivityPattern.of("Delete", "Tombstone"), deletePost);
        register(ActivityPattern.any("Delete"), deletePost);
        register(ActivityPattern.any("Like"), like);
        register(ActivityPattern.any("Announce"), announce);
        register(ActivityPattern.of("Undo", "Like"), undoReaction);
        register(ActivityPattern.of("Undo", "Announce"), undoReaction);

        register(ActivityPattern.of("Update", ActivityPattern.ACTOR), updateActor);
        register(ActivityPattern.of("Delete", ActivityPattern.ACTOR), deleteActor);
    }

    private void register(ActivityPattern pattern, ActivityHandler handler) {
        if (table.putIfAbsent(pattern, handler) != null) {
            throw new IllegalStateException("two handlers registered for " + pattern);
        }
    }

    /** The handler for an activity type and object kind: exact match first, then the type's catch-all. */
    public Optional<ActivityHandler> find(String activityType, String objectKind) {
        ActivityHandler exact = table.get(ActivityPattern.of(activityType, objectKind));
        return Optional.ofNullable(exact != null ? exact : table.get(ActivityPattern.any(activityType)));
    }
}
