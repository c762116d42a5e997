package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A note, article or page arrives (embedded, or fetched from its origin by the inbox when sent by id). Kept when
 * its author is followed here, it replies to a local post, or it is addressed to a local actor; only its author
 * may create it, and only on the author's own host. A reply the conversation's owner refuses (a locked thread) is
 * not kept.
 */
@Singleton
public class CreatePostHandler implements ActivityHandler {

    private final RemotePosts remotePosts;
    private final PostRepository posts;
    private final ActivityJson json;
    private final PostService writer;
    private final ApplicationEventPublisher<PostService.Changed> changes;

    public CreatePostHandler(RemotePosts remotePosts, PostRepository posts, ActivityJson json, PostService writer,
                             ApplicationEventPublisher<PostService.Changed> changes) {
        this.writer = writer;
        this.changes = changes;
        this.remotePosts = remotePosts;
        this.posts = posts;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        URI objectId = inbound.activity().object().map(Ref::id).orElse(null);
        if (objectId != null && !CanonicalUris.sameHost(objectId, URI.create(inbound.sender().uri()))) {
            return HandlerOutcome.ignored("object " + objectId + " is not by " + inbound.sender().uri());
        }
        Optional<AsObject> object = inbound.object(AsObject.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no object to create");
        }
        AsObject post = object.get();
        if (!RemotePosts.isAuthoredBy(post, inbound.sender())) {
            return HandlerOutcome.ignored("object " + post.id() + " is not by " + inbound.sender().uri());
        }
        if (posts.findByUri(post.id().toString()).isPresent()) {
            return HandlerOutcome.ignored("already have " + post.id());
        }
        Optional<Post> parent = remotePosts.parentOf(post);
        if (!remotePosts.belongsHere(post, inbound.sender(), parent)) {
            return HandlerOutcome.ignored("not addressed to, replying to, or followed by anyone here");
        }
        Optional<String> refused = parent.flatMap(writer::replyRefusal);
        if (refused.isPresent()) {
            return HandlerOutcome.ignored("reply to " + parent.get().uri() + " refused: " + refused.get());
        }
        Post stored = remotePosts.store(post, inbound.sender(), parent, Optional.empty(),
                new String(json.write(post), StandardCharsets.UTF_8));
        changes.publishEvent(new PostService.Changed(stored.id(), PostService.Changed.Kind.CREATED, false,
                inbound.activity()));
        return HandlerOutcome.applied("stored " + post.type() + " " + post.id());
    }
}
