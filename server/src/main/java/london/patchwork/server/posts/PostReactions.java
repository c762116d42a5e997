package london.patchwork.server.posts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.notifications.NotificationService;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A local actor favourites (Like) or boosts (Announce) a post, and takes it back (Undo). The reaction is stored with
 * its activity in one transaction; the author hears through their inbox (remote) or a notification (local).
 */
@Singleton
public class PostReactions {

    private final ReactionRepository reactions;
    private final PostRepository posts;
    private final ActorRepository actors;
    private final PostActivities activities;
    private final Outbox outbox;
    private final LocalActorUris actorUris;
    private final NotificationService notifications;

    public PostReactions(ReactionRepository reactions, PostRepository posts, ActorRepository actors,
                         PostActivities activities, Outbox outbox, LocalActorUris actorUris,
                         NotificationService notifications) {
        this.reactions = reactions;
        this.posts = posts;
        this.actors = actors;
        this.activities = activities;
        this.outbox = outbox;
        this.actorUris = actorUris;
        this.notifications = notifications;
    }

    /** Favourites ({@code Like}) or boosts ({@code Announce}) once; doing it again changes nothing. */
    @Transactional
    public Post react(Actor actor, Post post, String type) {
        URI id = outbox.newActivityUri();
        if (reactions.insertOnce(type, post.id(), actor.id(), id.toString()) == 0) {
            return post;
        }
        boolean like = type.equals("Like");
        posts.addToCounts(post.id(), like ? 1 : 0, like ? 0 : 1);
        outbox.publish(actor, activity(type, id, actor, post), post.id(), false);
        notifications.record(like ? "favourite" : "reblog", post.authorId(), actor.id(), post.id());
        return posts.findById(post.id()).orElseThrow();
    }

    /** Takes back a favourite or boost, sending the Undo of the activity that made it. */
    @Transactional
    public Post undo(Actor actor, Post post, String type) {
        Optional<Reaction> reaction = reactions.findByTypeAndObjectIdAndActorId(type, post.id(), actor.id());
        if (reaction.isEmpty()) {
            return post;
        }
        reactions.delete(reaction.get());
        boolean like = type.equals("Like");
        posts.addToCounts(post.id(), like ? -1 : 0, like ? 0 : -1);
        Activity undone = activity(type, URI.create(reaction.get().activityUri()), actor, post);
        outbox.publish(actor, activities.undo(outbox.newActivityUri(), actorUris.id(actor), undone), post.id(),
                false);
        return posts.findById(post.id()).orElseThrow();
    }

    private Activity activity(String type, URI id, Actor actor, Post post) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        URI authorUri = author.local() ? actorUris.id(author) : URI.create(author.uri());
        URI actorUri = actorUris.id(actor);
        Instant at = Instant.now();
        return type.equals("Like")
                ? activities.like(id, actorUri, actor.username(), URI.create(post.uri()), authorUri, at)
                : activities.announce(id, actorUri, actor.username(), URI.create(post.uri()), authorUri, at);
    }
}
