package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An author edits a post we hold. Only the stored author may; posts we never kept are not picked up here. */
@Singleton
public class UpdatePostHandler implements ActivityHandler {

    private final RemotePosts remotePosts;
    private final PostRepository posts;
    private final ActivityJson json;
    private final ApplicationEventPublisher<PostService.Changed> changes;

    public UpdatePostHandler(RemotePosts remotePosts, PostRepository posts, ActivityJson json,
                             ApplicationEventPublisher<PostService.Changed> changes) {
        this.changes = changes;
        this.remotePosts = remotePosts;
        this.posts = posts;
        this.json = json;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        Optional<AsObject> object = inbound.object(AsObject.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no object to update");
        }
        AsObject post = object.get();
        Optional<Post> stored = posts.findByUri(post.id().toString());
        if (stored.isEmpty() || stored.get().deleted()) {
            return HandlerOutcome.ignored("we do not hold " + post.id());
        }
        if (stored.get().local() || !stored.get().authorId().equals(inbound.sender().id())
                || !RemotePosts.isAuthoredBy(post, inbound.sender())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not edit " + post.id());
        }
        remotePosts.store(post, inbound.sender(), remotePosts.parentOf(post), stored,
                new String(json.write(post), StandardCharsets.UTF_8));
        changes.publishEvent(new PostService.Changed(stored.get().id(), PostService.Changed.Kind.EDITED, false,
                inbound.activity()));
        return HandlerOutcome.applied("updated " + post.id());
    }
}
