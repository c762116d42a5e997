package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.inbox.RemoteObjects;
import london.patchwork.server.notifications.NotificationService;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A boost. Of a local post: counted, and its author notified. Of someone else's post, by an actor followed here:
 * the post is fetched from its own origin (never taken from the boost) and kept, and the boost recorded, so the
 * home timelines of those who follow the booster show it. The follow is checked first, so a stranger's boosts
 * cost no fetch.
 */
@Singleton
public class AnnounceHandler implements ActivityHandler {

    private final PostRepository posts;
    private final ReactionRepository reactions;
    private final FollowRepository follows;
    private final RemotePosts remotePosts;
    private final RemoteObjects remoteObjects;
    private final RemoteActors remoteActors;
    private final ActivityJson json;
    private final NotificationService notifications;
    private final ApplicationEventPublisher<PostService.Changed> changes;
    private final PostService writer;

    public AnnounceHandler(PostRepository posts, ReactionRepository reactions, FollowRepository follows,
                           RemotePosts remotePosts, RemoteObjects remoteObjects, RemoteActors remoteActors,
                           ActivityJson json, NotificationService notifications,
                           ApplicationEventPublisher<PostService.Changed> changes, PostService writer) {
        this.changes = changes;
        this.writer = writer;
        this.notifications = notifications;
        this.posts = posts;
        this.reactions = reactions;
        this.follows = follows;
        this.remotePosts = remotePosts;
        this.remoteObjects = remoteObjects;
        this.remoteActors = remoteActors;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        URI id = inbound.activity().object().map(Ref::id).orElse(null);
        if (id == null) {
            return HandlerOutcome.ignored("announces nothing");
        }
        Optional<Post> stored = posts.findByUri(id.toString());
        if (stored.isPresent() && stored.get().local()) {
            if (stored.get().deleted() || reactions.insertOnce("Announce", stored.get().id(), inbound.sender().id(),
                    inbound.activity().id().toString()) == 0) {
                return HandlerOutcome.ignored("already announced or deleted");
            }
            posts.addToCounts(stored.get().id(), 0, 1);
            notifications.record("reblog", stored.get().authorId(), inbound.sender().id(), stored.get().id());
            return HandlerOutcome.applied("announced " + id);
        }
        if (!follows.isFollowedLocally(inbound.sender().id())) {
            return HandlerOutcome.ignored("not from anyone we follow");
        }
        if (stored.isPresent()) {
            if (!stored.get().deleted()) {
                reactions.insertOnce("Announce", stored.get().id(), inbound.sender().id(),
                        inbound.activity().id().toString());
            }
            return HandlerOutcome.applied("boost of " + id + ", already held");
        }
        HandlerOutcome kept = keepBoosted(id, inbound);
        posts.findByUri(id.toString()).ifPresent(post -> reactions.insertOnce("Announce", post.id(),
                inbound.sender().id(), inbound.activity().id().toString()));
        return kept;
    }

    private HandlerOutcome keepBoosted(URI id, InboundActivity inbound) throws RetryLater {
        // The inbox already fetched a bare id from its origin when the booster is followed here; an embedded copy is
        // the booster's claim, so then the origin is asked.
        boolean fetchedByInbox = inbound.activity().object().flatMap(Ref::embedded).isEmpty()
                && inbound.object().isPresent();
        Optional<AsObject> object = (fetchedByInbox ? inbound.object() : remoteObjects.fetch(id))
                .filter(AsObject.class::isInstance).map(AsObject.class::cast);
        if (object.isEmpty() || object.get().fields().attributedToId() == null) {
            return HandlerOutcome.ignored("boosted object " + id + " unavailable");
        }
        if (!PostsInbox.POST_TYPES.contains(object.get().type())) {
            return HandlerOutcome.ignored("boosted " + object.get().type() + " is not a post");
        }
        Actor author;
        try {
            author = remoteActors.resolve(object.get().fields().attributedToId());
        } catch (RemoteActorException e) {
            throw new RetryLater("author of " + id + ": " + e.getMessage(), e);
        }
        if (!RemotePosts.isAuthoredBy(object.get(), author)) {
            return HandlerOutcome.ignored("boosted object " + id + " is not on its author's host");
        }
        Optional<Post> parent = remotePosts.parentOf(object.get());
        Optional<String> refused = parent.flatMap(writer::replyRefusal);
        if (refused.isPresent()) {
            // A boost is no way round a locked thread.
            return HandlerOutcome.ignored("boosted reply to " + parent.get().uri() + " refused: " + refused.get());
        }
        Post kept = remotePosts.store(object.get(), author, parent, Optional.empty(),
                new String(json.write(object.get()), StandardCharsets.UTF_8));
        // The boost is the activity that brought it: a group's bare Announce{Page} opens a thread (forum).
        changes.publishEvent(new PostService.Changed(kept.id(), PostService.Changed.Kind.CREATED, false,
                inbound.activity()));
        return HandlerOutcome.applied("kept boosted " + id);
    }
}
