package london.patchwork.server.posts;

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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A boost. Of a local post: counted. Of someone else's post, by an actor this hub follows: the post is fetched
 * from its own origin (never taken from the boost) and kept, so the hub sees what the hubs it follows share. The
 * follow is checked first, so a stranger's boosts cost no fetch.
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

    public AnnounceHandler(PostRepository posts, ReactionRepository reactions, FollowRepository follows,
                           RemotePosts remotePosts, RemoteObjects remoteObjects, RemoteActors remoteActors,
                           ActivityJson json) {
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
            return HandlerOutcome.applied("announced " + id);
        }
        if (stored.isPresent() || !follows.isFollowedLocally(inbound.sender().id())) {
            return HandlerOutcome.ignored(stored.isPresent() ? "already have " + id : "not from anyone we follow");
        }
        return keepBoosted(id);
    }

    private HandlerOutcome keepBoosted(URI id) throws RetryLater {
        Optional<AsObject> object = remoteObjects.fetch(id).filter(AsObject.class::isInstance).map(AsObject.class::cast);
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
        remotePosts.store(object.get(), author, remotePosts.parentOf(object.get()), Optional.empty(),
                new String(json.write(object.get()), StandardCharsets.UTF_8));
        return HandlerOutcome.applied("kept boosted " + id);
    }
}
