package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.RemoteObjects;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Posts a group shares (FEP-1b12): what a followed group announces is never taken from the announcement; each
 * post is fetched from its own origin and kept only when it is on its author's host, so a group can forward
 * posts but never put words in someone else's mouth.
 */
@Singleton
public class RemotePostsService {

    /**
     * What became of an announced post.
     *
     * @param postId the post as held here, when it was kept
     * @param rootId the first post of its conversation, for a reply
     * @param detail what happened, for the inbox row
     */
    public record Kept(@Nullable Long postId, @Nullable Long rootId, boolean applied, String detail) {

        static Kept ignored(String reason) {
            return new Kept(null, null, false, reason);
        }
    }

    private final RemoteObjects remoteObjects;
    private final RemoteActors remoteActors;
    private final RemotePosts remotePosts;
    private final PostRepository posts;
    private final PostService writer;
    private final ActivityJson json;
    private final ApplicationEventPublisher<PostService.Changed> changes;

    public RemotePostsService(RemoteObjects remoteObjects, RemoteActors remoteActors, RemotePosts remotePosts,
                              PostRepository posts, PostService writer, ActivityJson json,
                              ApplicationEventPublisher<PostService.Changed> changes) {
        this.remoteObjects = remoteObjects;
        this.remoteActors = remoteActors;
        this.remotePosts = remotePosts;
        this.posts = posts;
        this.writer = writer;
        this.json = json;
        this.changes = changes;
    }

    /**
     * Keeps (or refreshes) a post a group announced, as its origin serves it. A post that starts a conversation
     * is kept only when its origin's copy names the group (audience, to or cc); a reply only when what it
     * replies to is held here.
     *
     * @param edit     whether the group announced an edit: a post held already is refreshed from its origin
     *                 (otherwise a repeated announcement changes nothing)
     * @param activity the announcement, passed on in {@link PostService.Changed}
     * @throws ActivityHandler.RetryLater when the origin or the author's server could not be reached now
     */
    public Kept keepFromGroup(URI objectId, Actor group, boolean edit, Activity activity) throws ActivityHandler.RetryLater {
        Optional<AsObject> fetched = remoteObjects.fetch(objectId).filter(AsObject.class::isInstance)
                .map(AsObject.class::cast).filter(found -> found.id() != null);
        if (fetched.isEmpty() || !PostsInbox.POST_TYPES.contains(fetched.get().type())) {
            return Kept.ignored(objectId + " is not a post at its origin");
        }
        AsObject object = fetched.get();
        if (object.fields().attributedToId() == null) {
            return Kept.ignored(objectId + " names no author");
        }
        Actor author = resolve(object.fields().attributedToId());
        if (!RemotePosts.isAuthoredBy(object, author)) {
            return Kept.ignored(objectId + " is not on its author's host");
        }
        Optional<Post> parent = remotePosts.parentOf(object);
        if (object.fields().inReplyToId() == null ? !namesGroup(object, group) : parent.isEmpty()) {
            return Kept.ignored(object.fields().inReplyToId() == null ? objectId + " was not posted to "
                    + group.uri() : objectId + " replies to something not held here");
        }
        Optional<Post> stored = posts.findByUri(object.id().toString());
        if (stored.isPresent()) {
            if (!edit) {
                return new Kept(stored.get().id(), stored.get().rootId(), false, "already have " + object.id());
            }
            return refresh(object, author, parent, stored.get(), activity);
        }
        Optional<String> refused = parent.flatMap(writer::replyRefusal);
        if (refused.isPresent()) {
            return Kept.ignored("reply to " + parent.get().uri() + " refused: " + refused.get());
        }
        Post saved = remotePosts.store(object, author, parent, Optional.empty(), raw(object));
        changes.publishEvent(new PostService.Changed(saved.id(), PostService.Changed.Kind.CREATED, false, activity));
        return new Kept(saved.id(), saved.rootId(), true, "kept " + object.type() + " " + object.id());
    }

    /**
     * Deletes a held remote post its author deleted, once its origin confirms it: the origin answers gone or
     * serves a {@code Tombstone}. A group's word alone deletes nothing.
     */
    public Kept deleteConfirmedByOrigin(URI objectId, URI deletedBy, Activity activity)
            throws ActivityHandler.RetryLater {
        Optional<Post> stored = posts.findByUri(objectId.toString()).filter(post -> !post.local());
        if (stored.isEmpty() || stored.get().deleted()) {
            return Kept.ignored("we hold no live copy of " + objectId);
        }
        if (!CanonicalUris.sameHost(objectId, deletedBy)) {
            return Kept.ignored(deletedBy + " is not on the host of " + objectId);
        }
        Optional<ApObject> origin = remoteObjects.fetch(objectId);
        if (origin.isPresent() && !(origin.get() instanceof Tombstone)) {
            return Kept.ignored("its origin still serves " + objectId);
        }
        return delete(stored.get(), PostService.Changed.Kind.DELETED, activity);
    }

    /**
     * A group's moderators take a post out of the group's conversation (Lemmy's {@code Delete} or {@code Remove}
     * by a moderator, announced by the group). The caller has checked who may.
     */
    public Kept removeFromGroup(URI objectId, String groupUri, Activity activity) {
        Optional<Post> stored = posts.findByUri(objectId.toString()).filter(post -> !post.local());
        if (stored.isEmpty() || stored.get().deleted()) {
            return Kept.ignored("we hold no live copy of " + objectId);
        }
        Post post = stored.get();
        Optional<Post> root = post.rootId() == null ? Optional.of(post) : posts.findById(post.rootId());
        boolean inGroup = Stream.of(Optional.of(post), root).flatMap(Optional::stream)
                .anyMatch(held -> groupUri.equals(held.audienceUri()) || held.toUris().contains(groupUri)
                        || held.ccUris().contains(groupUri));
        if (!inGroup) {
            return Kept.ignored(objectId + " is not in " + groupUri + "'s conversations");
        }
        return delete(post, PostService.Changed.Kind.REMOVED, activity);
    }

    private Kept delete(Post post, PostService.Changed.Kind kind, Activity activity) {
        posts.update(post.withDeletedAt(Instant.now()));
        changes.publishEvent(new PostService.Changed(post.id(), kind, false, activity));
        return new Kept(post.id(), post.rootId(), true, (kind == PostService.Changed.Kind.REMOVED ? "removed "
                : "deleted ") + post.uri());
    }

    private Kept refresh(AsObject object, Actor author, Optional<Post> parent, Post stored, Activity activity) {
        if (stored.deleted() || stored.local() || !stored.authorId().equals(author.id())) {
            return Kept.ignored(object.id() + " is not a live post of " + author.uri() + " here");
        }
        remotePosts.store(object, author, parent, Optional.of(stored), raw(object));
        changes.publishEvent(new PostService.Changed(stored.id(), PostService.Changed.Kind.EDITED, false, activity));
        return new Kept(stored.id(), stored.rootId(), true, "updated " + object.id());
    }

    private static boolean namesGroup(AsObject object, Actor group) {
        URI groupUri = URI.create(group.uri());
        return Stream.of(object.fields().audience(), object.fields().to(), object.fields().cc())
                .flatMap(refs -> refs.stream().limit(RemotePostMapper.MAX_ADDRESSEES))
                .map(Ref::id).anyMatch(id -> id != null && CanonicalUris.same(id, groupUri));
    }

    private Actor resolve(URI actor) throws ActivityHandler.RetryLater {
        try {
            return remoteActors.resolve(actor);
        } catch (RemoteActorException e) {
            throw new ActivityHandler.RetryLater("author " + actor + ": " + e.getMessage(), e);
        }
    }

    private String raw(AsObject object) {
        return new String(json.write(object), StandardCharsets.UTF_8);
    }
}
