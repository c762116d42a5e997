package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.posts.DiscussionService;

/** Who is asking, in the forum's terms: a member (or, for the organiser token, the hub's Group) and their roles. */
@Singleton
class ForumViewers {

    private final ActorRepository actors;
    private final ForumService forum;
    private final DiscussionService discussions;

    ForumViewers(ActorRepository actors, ForumService forum, DiscussionService discussions) {
        this.actors = actors;
        this.forum = forum;
        this.discussions = discussions;
    }

    /** The member who asked; the organiser token writes as the hub's Group. */
    Actor actor(Authentication authentication) {
        return Viewers.actorId(authentication).flatMap(actors::findById).orElseGet(forum::hub);
    }

    boolean isMember(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MEMBER);
    }

    boolean isModerator(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MODERATOR);
    }

    boolean isAuthor(@Nullable Authentication authentication, ForumService.Thread thread) {
        return authentication != null && thread.post().local()
                && actor(authentication).id() == thread.post().authorId();
    }

    void deleteOwn(Authentication authentication, ForumService.Thread thread) {
        discussions.deleteThread(actor(authentication), thread.post().id());
    }
}
