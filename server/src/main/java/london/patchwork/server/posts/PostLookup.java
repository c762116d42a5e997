package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.RemoteObjects;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A post by its URL, as a search with {@code resolve=true} asks: one held here, or fetched from its origin (through
 * the signed fetch the inbox uses, which refuses private networks in production) and kept when its author, fetched
 * too, is on the post's own host.
 */
@Singleton
public class PostLookup {

    private final PostRepository posts;
    private final RemoteObjects remoteObjects;
    private final RemoteActors remoteActors;
    private final RemotePosts remotePosts;
    private final ActivityJson json;

    public PostLookup(PostRepository posts, RemoteObjects remoteObjects, RemoteActors remoteActors,
                      RemotePosts remotePosts, ActivityJson json) {
        this.posts = posts;
        this.remoteObjects = remoteObjects;
        this.remoteActors = remoteActors;
        this.remotePosts = remotePosts;
        this.json = json;
    }

    public Optional<Post> find(URI url, boolean resolve) {
        Optional<Post> held = posts.findByUri(url.toString()).filter(post -> !post.deleted());
        if (held.isPresent() || !resolve) {
            return held;
        }
        Optional<AsObject> object;
        try {
            object = remoteObjects.fetch(url).filter(AsObject.class::isInstance).map(AsObject.class::cast)
                    .filter(found -> found.id() != null && PostsInbox.POST_TYPES.contains(found.type()));
        } catch (ActivityHandler.RetryLater e) {
            return Optional.empty();
        }
        if (object.isEmpty() || object.get().fields().attributedToId() == null) {
            return Optional.empty();
        }
        Optional<Post> heldById = posts.findByUri(object.get().id().toString());
        if (heldById.isPresent()) {
            return heldById.filter(post -> !post.deleted());
        }
        Actor author;
        try {
            author = remoteActors.resolve(object.get().fields().attributedToId());
        } catch (RemoteActorException e) {
            return Optional.empty();
        }
        if (author.local() || !RemotePosts.isAuthoredBy(object.get(), author)) {
            return Optional.empty();
        }
        return Optional.of(remotePosts.keep(object.get(), author,
                new String(json.write(object.get()), StandardCharsets.UTF_8)));
    }
}
