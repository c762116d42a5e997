package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.instance.Uris;

import java.net.URI;
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

    public RemotePosts(PostRepository posts, RemotePostMapper mapper, PostMentions mentions, PostTags tags,
                       FollowRepository follows, Uris uris) {
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
        tags.replace(saved.id(), mapper.hashtags(object));
        return saved;
    }
}
