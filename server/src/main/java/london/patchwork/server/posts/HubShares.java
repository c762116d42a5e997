package london.patchwork.server.posts;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;

/**
 * What the hub's Group shares of its members' posts: each public top-level Note is also addressed to the Group's
 * followers (so an instance following the hub keeps it and takes its edits and delete from the author), and the
 * Group boosts it by id ({@code Announce}, to Public, cc the author and the Group's followers, listed in the Group's
 * outbox) so Mastodon accounts following the Group see it. Replies, unlisted, followers-only and direct posts stay
 * where their author put them; the Group's own posts already reach its followers. Articles and forum threads are
 * shared by the forum (FEP-1b12), so only Notes are shared here.
 */
@Singleton
class HubShares {

    private final PostRepository posts;
    private final PostActivities activities;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Outbox outbox;
    private final ActorRepository actors;

    HubShares(PostRepository posts, PostActivities activities, LocalActors localActors, LocalActorUris actorUris,
              Outbox outbox, ActorRepository actors) {
        this.actors = actors;
        this.posts = posts;
        this.activities = activities;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.outbox = outbox;
    }

    /** Whether a member's new Note is one the hub shares: public, starting its own conversation, not the Group's. */
    static boolean shared(Actor author, boolean topLevel, Visibility visibility, String hubUsername) {
        return topLevel && visibility == Visibility.PUBLIC && !hubUsername.equals(author.username());
    }

    /** In the transaction that created the post, so the boost is published exactly when the post is. */
    @EventListener
    void on(PostService.Changed change) {
        if (change.kind() != PostService.Changed.Kind.CREATED || !change.local()) {
            return;
        }
        Post post = posts.findById(change.postId()).orElse(null);
        if (post == null || !"Note".equals(post.type()) || post.inReplyToUri() != null) {
            return;
        }
        Actor hub = localActors.hub();
        Actor author = actors.findById(post.authorId()).orElse(null);
        if (author == null || !shared(author, true, post.visibility(), hub.username())) {
            return;
        }
        outbox.publish(hub, activities.announce(outbox.newActivityUri(), actorUris.id(hub), hub.username(),
                URI.create(post.uri()), actorUris.id(author), Instant.now()), post.id(), true);
    }
}
