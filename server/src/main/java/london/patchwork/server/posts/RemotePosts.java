package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.KnownObjects;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.notifications.NotificationService;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remote posts: deciding whether one belongs on this hub, and storing it with its mentions and hashtags.
 */
@Singleton
public class RemotePosts {

    private final PostRepository posts;
    private final RemotePostMapper mapper;
    private final PostMentions mentions;
    private final PostTags tags;
    private final FollowRepository follows;
    private final Uris uris;
    private final LocalActors localActors;
    private final NotificationService notifications;
    private final MediaService media;
    private final ActorRepository actors;
    private final List<KnownObjects> knownObjects;

    public RemotePosts(PostRepository posts, RemotePostMapper mapper, PostMentions mentions, PostTags tags,
                       FollowRepository follows, Uris uris, LocalActors localActors,
                       NotificationService notifications, MediaService media, ActorRepository actors,
                       List<KnownObjects> knownObjects) {
        this.actors = actors;
        this.media = media;
        this.knownObjects = knownObjects;
        this.localActors = localActors;
        this.notifications = notifications;
        this.posts = posts;
        this.mapper = mapper;
        this.mentions = mentions;
        this.tags = tags;
        this.follows = follows;
        this.uris = uris;
    }

    /** An object may only be posted by its author, from the author's own host. */
    public static boolean isAuthoredBy(AsObject object, Actor actor) {
        URI author = URI.create(actor.uri());
        URI attributedTo = object.fields().attributedToId();
        return object.id() != null && CanonicalUris.sameHost(object.id(), author)
                && (attributedTo == null || CanonicalUris.same(attributedTo, author));
    }

    /** The post an object replies to, if this hub holds it. */
    public Optional<Post> parentOf(AsObject object) {
        URI inReplyTo = object.fields().inReplyToId();
        return inReplyTo == null ? Optional.empty() : posts.findByUri(inReplyTo.toString());
    }

    /**
     * A post belongs here when it is addressed to or mentions a local actor, or it replies to a post in a
     * conversation a local post started (or to another local object a capability holds, such as an event: its
     * discussion), or a local actor follows its author, or it is in the conversation of a group followed here (it
     * names the group as its audience, or what it replies to is in a post whose audience is that group: a Mastodon
     * reply to a Lemmy thread we hold). Anything else is someone else's conversation. Cheapest question first.
     */
    public boolean belongsHere(AsObject object, Actor author, Optional<Post> parent) {
        boolean addressedHere = Stream.of(object.fields().to(), object.fields().cc(), object.fields().tag())
                .flatMap(refs -> refs.stream().limit(RemotePostMapper.MAX_ADDRESSEES))
                .map(ref -> ref.embedded(london.patchwork.federation.vocab.Mention.class)
                        .map(london.patchwork.federation.vocab.Mention::href).orElse(ref.id()))
                .anyMatch(uri -> uri != null && uris.localActorUsername(uri).isPresent());
        return addressedHere || parent.map(this::inLocalConversation).orElse(false) || repliesToLocalObject(object)
                || follows.isFollowedLocally(author.id()) || inFollowedGroup(object, parent)
                || toFollowedFollowers(object, author);
    }

    /**
     * Whether it is addressed to the followers of an actor followed here: a hub shares its members' public posts
     * with its Group's followers, and an instance that follows the Group keeps them. Only a top-level post: a reply
     * needs its conversation here. The collection must be on the author's own origin (its hub's), so nobody can
     * push a post here by addressing someone else's followers.
     */
    private boolean toFollowedFollowers(AsObject object, Actor author) {
        URI authorId = URI.create(author.uri());
        return object.fields().inReplyToId() == null && Stream.of(object.fields().to(), object.fields().cc())
                .flatMap(refs -> refs.stream().limit(RemotePostMapper.MAX_ADDRESSEES))
                .map(ref -> ref.id()).filter(uri -> CanonicalUris.sameHost(uri, authorId)).map(URI::toString)
                .distinct().anyMatch(follows::followersFollowedLocally);
    }

    /** A local post, or a reply in a conversation a local post started (an article's discussion, a thread). */
    private boolean inLocalConversation(Post post) {
        return post.local() || post.rootId() != null && posts.findById(post.rootId()).map(Post::local).orElse(false);
    }

    /** Whether a post names a remote group followed here as its audience, or replies in such a group's thread. */
    private boolean inFollowedGroup(AsObject object, Optional<Post> parent) {
        Optional<Post> root = parent.map(held -> held.rootId() == null ? held
                : posts.findById(held.rootId()).orElse(held));
        return Stream.of(object.fields().audience().stream().map(ref -> ref.id()).filter(java.util.Objects::nonNull)
                                .map(URI::toString).limit(1),
                        parent.map(Post::audienceUri).stream(), root.map(Post::audienceUri).stream())
                .flatMap(uris -> uris)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .map(actors::findByUri)
                .flatMap(Optional::stream)
                .anyMatch(group -> !group.local() && follows.isFollowedLocally(group.id()));
    }

    /** Whether it replies to something on this hub that a capability holds (not a post: those are parents). */
    private boolean repliesToLocalObject(AsObject object) {
        URI inReplyTo = object.fields().inReplyToId();
        return inReplyTo != null && uris.isLocal(inReplyTo)
                && knownObjects.stream().anyMatch(known -> known.typeOf(inReplyTo).isPresent());
    }

    /** Keeps a post fetched from its origin (a search that resolves its URL), in its own transaction. */
    @io.micronaut.transaction.annotation.Transactional
    public Post keep(AsObject object, Actor author, String rawJson) {
        Optional<Post> stored = posts.findByUri(object.id().toString());
        return stored.isPresent() ? stored.get() : store(object, author, parentOf(object), Optional.empty(), rawJson);
    }

    /**
     * Stores a new remote post, or refreshes the stored one, with its mentions and hashtags.
     *
     * @param parent   the post it replies to, if held here ({@link #parentOf})
     * @param existing the stored copy, for an edit
     */
    public Post store(AsObject object, Actor author, Optional<Post> parent, Optional<Post> existing, String rawJson) {
        Post row = mapper.fromRemote(object, author, parent.orElse(null), existing.orElse(null),
                rawJson);
        if (existing.isPresent()) {
            Post saved = posts.update(row);
            mentions.replace(saved.id(), mapper.mentions(object));
            tags.replace(saved.id(), mapper.hashtags(object));
            media.replaceRemote(saved.id(), author.id(), mapper.attachments(object));
            return saved;
        }
        Post saved = posts.save(row.withId(posts.nextId()));
        List<String> mentioned = mapper.mentions(object);
        mentions.add(saved.id(), mentioned);
        tags.add(saved.id(), mapper.hashtags(object));
        media.replaceRemote(saved.id(), author.id(), mapper.attachments(object));
        // Members mentioned in a new post hear of it (once: a redelivery finds the post already stored).
        mentioned.stream().map(URI::create).map(localActors::findByUri).flatMap(Optional::stream)
                .forEach(member -> notifications.record("mention", member.id(), author.id(), saved.id()));
        return saved;
    }
}
