package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** An author deletes a post: its content goes, a tombstone stays so a late Create cannot bring it back. */
@Singleton
public class DeletePostHandler implements ActivityHandler {

    private final PostRepository posts;
    private final ApplicationEventPublisher<PostService.Changed> changes;

    public DeletePostHandler(PostRepository posts, ApplicationEventPublisher<PostService.Changed> changes) {
        this.posts = posts;
        this.changes = changes;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        URI id = inbound.activity().object().map(Ref::id).orElse(null);
        Optional<Post> stored = id == null ? Optional.empty() : posts.findByUri(id.toString());
        if (stored.isEmpty()) {
            return HandlerOutcome.ignored("we do not hold " + id);
        }
        if (stored.get().local() || !stored.get().authorId().equals(inbound.sender().id())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not delete " + id);
        }
        if (stored.get().deleted()) {
            return HandlerOutcome.ignored("already deleted");
        }
        posts.update(stored.get().withDeletedAt(Instant.now()));
        changes.publishEvent(new PostService.Changed(stored.get().id(), PostService.Changed.Kind.DELETED, false,
                inbound.activity()));
        return HandlerOutcome.applied("deleted " + id);
    }
}
