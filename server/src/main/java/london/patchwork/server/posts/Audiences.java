package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.follows.FollowService;
import london.patchwork.server.follows.RelationshipJson;

import java.util.Optional;

/**
 * Who may see a post: public and unlisted ones anyone; followers-only ones the author's followers; direct ones
 * those mentioned; every post its author. Mentioned actors see what they were addressed in.
 */
@Singleton
public class Audiences {

    private final FollowService follows;
    private final PostMentions mentions;
    private final LocalActorUris actorUris;
    private final StatusService statuses;

    public Audiences(FollowService follows, PostMentions mentions, LocalActorUris actorUris, StatusService statuses) {
        this.follows = follows;
        this.mentions = mentions;
        this.actorUris = actorUris;
        this.statuses = statuses;
    }

    public boolean canSee(Post post, Optional<Actor> viewer) {
        if (post.deleted()) {
            return false;
        }
        // A blocked or silenced author stays off everything public: signed out, their posts are not there.
        if (viewer.isEmpty() && statuses.hiddenFromPublic(post)) {
            return false;
        }
        if (post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED) {
            return true;
        }
        if (viewer.isEmpty()) {
            return false;
        }
        if (post.authorId().equals(viewer.get().id())) {
            return true;
        }
        if (mentions.of(post.id()).contains(actorUris.id(viewer.get()).toString())) {
            return true;
        }
        if (post.visibility() != Visibility.FOLLOWERS) {
            return false;
        }
        return statuses.author(post).map(author -> follows.relationship(viewer.get(), author))
                .map(RelationshipJson::following).orElse(false);
    }
}
