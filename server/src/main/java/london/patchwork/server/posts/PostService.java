package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.notifications.NotificationService;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a local post and the activity that announces it in one transaction: Create on publishing, Update on
 * editing, Delete (with a Tombstone) on deleting, Add/Remove on pinning. The outbox row is the hand-off to
 * delivery, so a post is never stored without its activity, nor the other way round. Input is checked, and
 * mentions resolved over the network, before these transactions ({@link StatusService}).
 */
@Singleton
public class PostService {

    private final PostRepository posts;
    private final PostMentions postMentions;
    private final PostTags postTags;
    private final PostActivities activities;
    private final Outbox outbox;
    private final Uris uris;
    private final LocalActorUris actorUris;
    private final LocalActors localActors;
    private final IdempotencyKeys idempotencyKeys;
    private final NotificationService notifications;
    private final MediaService media;

    public PostService(PostRepository posts, PostMentions postMentions, PostTags postTags, PostActivities activities,
                       Outbox outbox, Uris uris, LocalActorUris actorUris, LocalActors localActors,
                       IdempotencyKeys idempotencyKeys, NotificationService notifications,
                       MediaService media) {
        this.media = media;
        this.localActors = localActors;
        this.idempotencyKeys = idempotencyKeys;
        this.notifications = notifications;
        this.posts = posts;
        this.postMentions = postMentions;
        this.postTags = postTags;
        this.activities = activities;
        this.outbox = outbox;
        this.uris = uris;
        this.actorUris = actorUris;
    }

    /**
     * Publishes, or with an {@code idempotencyKey} the author used in the last hour, answers with the post that
     * key published.
     */
    @Transactional
    public Post create(Actor author, StatusCommand command, List<Mentions.Resolved> mentions, Post inReplyTo,
                       @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return create(author, command, mentions, inReplyTo);
        }
        java.util.Optional<Post> earlier = idempotencyKeys.lockAndFind(author.id(), idempotencyKey)
                .flatMap(posts::findById);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Post post = create(author, command, mentions, inReplyTo);
        idempotencyKeys.remember(author.id(), idempotencyKey, post.id());
        return post;
    }

    @Transactional
    public Post create(Actor author, StatusCommand command, List<Mentions.Resolved> mentions, Post inReplyTo) {
        long id = posts.nextId();
        URI uri = uris.object(id);
        Addressing addressing = Addressing.of(command.visibility(), uris.followers(author.username()),
                mentions.stream().map(Mentions.Resolved::actor).toList());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Post post = posts.save(new Post(id, uri.toString(), "Note", true, author.id(),
                inReplyTo == null ? null : inReplyTo.uri(), inReplyTo == null ? null : inReplyTo.id(),
                inReplyTo == null ? uri.toString() : firstNonNull(inReplyTo.contextUri(), inReplyTo.uri()),
                command.visibility(), addressing.to(), addressing.cc(), null, spoiler(command), html(command, mentions),
                command.text(), command.language(), command.sensitive() || spoiler(command) != null, uri.toString(),
                now, null, null, null, 0, 0, null));
        List<String> tags = replaceLinks(id, command, mentions);
        if (command.mediaIds() != null) {
            media.attach(id, command.mediaIds());
        }
        URI actor = actorUris.id(author);
        outbox.publish(author, activities.create(outbox.newActivityUri(), actor, post, document(post, actor, mentions,
                tags)), post.id(), isListed(post));
        // Members mentioned on this hub hear of it here: delivery skips local inboxes.
        mentions.stream().map(mention -> localActors.findByUri(mention.actor())).flatMap(java.util.Optional::stream)
                .forEach(mentioned -> notifications.record("mention", mentioned.id(), author.id(), post.id()));
        return post;
    }

    /** Edits a post; its Create in the outbox is brought up to date too, so the outbox shows the latest version. */
    @Transactional
    public Post edit(Actor author, Post post, StatusCommand command, List<Mentions.Resolved> mentions) {
        Post edited = posts.update(post.withContent(spoiler(command), html(command, mentions), command.text(),
                command.language(), command.sensitive() || spoiler(command) != null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
        List<String> tags = replaceLinks(edited.id(), command, mentions);
        if (command.mediaIds() != null) {
            media.attach(edited.id(), command.mediaIds());
        }
        URI actor = actorUris.id(author);
        AsObject document = document(edited, actor, mentions, tags);
        outbox.publish(author, activities.update(outbox.newActivityUri(), actor, edited, document), edited.id(), false);
        for (LocalActivity create : outbox.activitiesAbout(edited.id(), "Create")) {
            outbox.rewrite(create, activities.create(URI.create(create.uri()), actor, edited, document));
        }
        return edited;
    }

    @Transactional
    public Post delete(Actor author, Post post) {
        Post deleted = posts.update(post.withDeletedAt(Instant.now()));
        postMentions.replace(deleted.id(), List.of());
        postTags.replace(deleted.id(), List.of());
        media.removeFrom(deleted.id());
        outbox.unlist(deleted.id());
        outbox.publish(author, activities.delete(outbox.newActivityUri(), actorUris.id(author), deleted), post.id(),
                false);
        return deleted;
    }

    /** Pins or unpins a post on the author's featured collection, and tells followers (Add/Remove). */
    @Transactional
    public Post pin(Actor author, Post post, boolean pinned) {
        Post updated = posts.update(post.withPinnedAt(pinned ? Instant.now() : null));
        outbox.publish(author, activities.pin(outbox.newActivityUri(), actorUris.id(author), author.username(), post,
                pinned), post.id(), false);
        return updated;
    }

    private AsObject document(Post post, URI author, List<Mentions.Resolved> mentions, List<String> tags) {
        List<Mention> mentionTags = mentions.stream().map(Mentions.Resolved::tag).toList();
        return activities.document(post, author, mentionTags, tags, media.of(post.id()));
    }

    private List<String> replaceLinks(long postId, StatusCommand command, List<Mentions.Resolved> mentions) {
        List<String> tags = StatusText.hashtags(command.text()).stream().map(StatusText::normalise).toList();
        postMentions.replace(postId, mentions.stream().map(mention -> mention.actor().toString()).toList());
        postTags.replace(postId, tags);
        return tags;
    }

    private static boolean isListed(Post post) {
        return post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED;
    }

    private static String spoiler(StatusCommand command) {
        return command.spoilerText() == null || command.spoilerText().isBlank() ? null : command.spoilerText().strip();
    }

    private String html(StatusCommand command, List<Mentions.Resolved> mentions) {
        Map<String, String> resolved = new HashMap<>();
        mentions.forEach(mention -> resolved.put(mention.typed(), mention.profile()));
        return StatusText.toHtml(command.text(), resolved, tag -> uris.tag(tag).toString());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
