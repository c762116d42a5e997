package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchedJson;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalSigners;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler.RetryLater;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remote posts: getting the object an activity is about (from its origin when it isn't embedded), deciding
 * whether it belongs on this hub, and storing it with its mentions.
 */
@Singleton
public class RemotePosts {

    private final PostRepository posts;
    private final RemotePostMapper mapper;
    private final PostMentions mentions;
    private final FollowRepository follows;
    private final FetchClient fetch;
    private final ActivityJson json;
    private final LocalSigners signers;
    private final Uris uris;

    public RemotePosts(PostRepository posts, RemotePostMapper mapper, PostMentions mentions, FollowRepository follows,
                       FetchClient fetch, ActivityJson json, LocalSigners signers, Uris uris) {
        this.posts = posts;
        this.mapper = mapper;
        this.mentions = mentions;
        this.follows = follows;
        this.fetch = fetch;
        this.json = json;
        this.signers = signers;
        this.uris = uris;
    }

    /** The activity's object: the embedded copy, or what its origin serves when only its id was sent. */
    public Optional<AsObject> objectOf(Activity activity) throws RetryLater {
        Optional<Ref<ApObject>> object = activity.object();
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Optional<AsObject> embedded = object.get().embedded(AsObject.class);
        if (embedded.isPresent() && embedded.get().id() != null) {
            return embedded;
        }
        return object.get().id() == null ? Optional.empty() : fetchObject(object.get().id());
    }

    /** Fetches an object from its origin; never believes a copy someone else sent. */
    public Optional<AsObject> fetchObject(URI id) throws RetryLater {
        FetchedJson document;
        try {
            document = fetch.getActivityPub(id, signers.forInstance());
        } catch (FetchException e) {
            if (e.isPermanent()) {
                return Optional.empty();
            }
            throw new RetryLater("fetching " + id + ": " + e.getMessage(), e);
        }
        try {
            ApObject parsed = json.read(document.json().toString().getBytes(StandardCharsets.UTF_8));
            return parsed instanceof AsObject object ? Optional.of(object) : Optional.empty();
        } catch (VocabException e) {
            return Optional.empty();
        }
    }

    /** An object may only be posted by its author, from the author's own host. */
    public static boolean isAuthoredBy(AsObject object, Actor actor) {
        URI author = URI.create(actor.uri());
        URI attributedTo = object.fields().attributedToId();
        return object.id() != null && CanonicalUris.sameHost(object.id(), author)
                && (attributedTo == null || CanonicalUris.same(attributedTo, author));
    }

    /**
     * A post belongs here when a local actor follows its author, or it replies to a local post, or it is
     * addressed to or mentions a local actor. Anything else is someone else's conversation.
     */
    public boolean belongsHere(AsObject object, Actor author) {
        if (follows.isFollowedLocally(author.id())) {
            return true;
        }
        URI inReplyTo = object.fields().inReplyToId();
        if (inReplyTo != null && posts.findByUri(inReplyTo.toString()).map(Post::local).orElse(false)) {
            return true;
        }
        return Stream.of(object.fields().to(), object.fields().cc(), object.fields().tag())
                .flatMap(refs -> refs.stream().limit(RemotePostMapper.MAX_ADDRESSEES))
                .map(ref -> ref.embedded(london.patchwork.federation.vocab.Mention.class)
                        .map(london.patchwork.federation.vocab.Mention::href).orElse(ref.id()))
                .anyMatch(uri -> uri != null && uris.localActorUsername(uri).isPresent());
    }

    /** Stores a new remote post, or refreshes the stored one. */
    public Post store(AsObject object, Actor author, String rawJson) {
        Optional<Post> existing = posts.findByUri(object.id().toString());
        URI inReplyTo = object.fields().inReplyToId();
        Long inReplyToId = inReplyTo == null ? null
                : posts.findByUri(inReplyTo.toString()).map(Post::id).orElse(null);
        Post row = mapper.fromRemote(object, author, inReplyToId, existing.orElse(null), rawJson);
        Post saved;
        if (existing.isPresent()) {
            saved = posts.update(row);
        } else {
            saved = posts.save(row.withId(posts.nextId()));
        }
        mentions.replace(saved.id(), mapper.mentions(object));
        return saved;
    }
}
