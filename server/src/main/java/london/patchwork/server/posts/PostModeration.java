package london.patchwork.server.posts;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.moderation.ModeratedContent;

import java.time.Instant;
import java.util.Optional;

/**
 * Posts as moderation sees them. Removing one of ours deletes it the way its author would, so its
 * {@code Delete} reaches everyone who got it; a remote one is only hidden here.
 */
@Singleton
public class PostModeration implements ModeratedContent {

    private final PostRepository posts;
    private final PostService writer;
    private final ActorRepository actors;
    private final ApplicationEventPublisher<PostService.Changed> changes;

    public PostModeration(PostRepository posts, PostService writer, ActorRepository actors,
                          ApplicationEventPublisher<PostService.Changed> changes) {
        this.changes = changes;
        this.posts = posts;
        this.writer = writer;
        this.actors = actors;
    }

    @Override
    public Optional<Content> findById(long id) {
        return posts.findById(id).map(PostModeration::content);
    }

    @Override
    public Optional<Content> findByUri(String uri) {
        return posts.findByUri(uri).map(PostModeration::content);
    }

    @Override
    @Transactional
    public Optional<String> remove(String uri) {
        Optional<Post> found = posts.findByUri(uri).filter(post -> !post.deleted());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Post post = found.get();
        if (post.local()) {
            writer.delete(actors.findById(post.authorId()).orElseThrow(), post);
            return Optional.of("deleted local post " + uri + " (Delete sent)");
        }
        posts.update(post.withDeletedAt(Instant.now()));
        changes.publishEvent(new PostService.Changed(post.id(), PostService.Changed.Kind.REMOVED, false, null));
        return Optional.of("removed remote post " + uri);
    }

    private static Content content(Post post) {
        return new Content(post.id(), post.uri(), post.url() != null ? post.url() : post.uri(), post.authorId(),
                post.contentHtml() == null ? "" : post.contentHtml(), post.deleted(), !post.deleted()
                && (post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED));
    }
}
