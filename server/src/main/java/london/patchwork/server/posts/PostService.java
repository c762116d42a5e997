package london.patchwork.server.posts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.Markdown;
import london.patchwork.server.notifications.NotificationService;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a local post and the activity that announces it in one transaction: Create on publishing, Update on
 * editing, Delete (with a Tombstone) on deleting, Add/Remove on pinning. The outbox row is the hand-off to
 * delivery, so a post is never stored without its activity, nor the other way round. Input is checked, and
 * mentions resolved over the network, before these transactions ({@link StatusService}).
 */
@Singleton
public class PostService {

    /**
     * A post was stored, edited, deleted or removed by a moderator, local or remote. Published inside the
     * transaction that made the change, so listeners (the forum announcing a thread's replies) commit or roll back
     * with it.
     *
     * @param postId   the post
     * @param kind     what happened
     * @param local    whether the post was written on this hub
     * @param activity the activity that made the change (ours, or as the peer sent it), or null when none did
     *                 (a moderator's removal of a remote post)
     */
    public record Changed(long postId, Kind kind, boolean local, @Nullable Activity activity) {

        public enum Kind { CREATED, EDITED, DELETED, REMOVED }
    }

    /**
     * Asked before a reply is taken, local or remote: a capability that owns the conversation (a locked forum
     * thread) may refuse it.
     */
    public interface ReplyGate {

        /**
         * @param parentId the post replied to
         * @param rootId   the first post of its conversation (the parent itself when it is the first)
         * @return why replies are refused there, or empty to take it
         */
        Optional<String> refusal(long parentId, long rootId);
    }

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
    private final ApplicationEventPublisher<Changed> changes;
    private final List<ReplyGate> gates;
    private final GroupAudiences groups;
    private final String hubUsername;

    public PostService(PostRepository posts, PostMentions postMentions, PostTags postTags, PostActivities activities,
                       Outbox outbox, Uris uris, LocalActorUris actorUris, LocalActors localActors,
                       IdempotencyKeys idempotencyKeys, NotificationService notifications,
                       MediaService media, ApplicationEventPublisher<Changed> changes, List<ReplyGate> gates,
                       GroupAudiences groups, HubConfiguration hub) {
        this.groups = groups;
        this.hubUsername = hub.username();
        this.media = media;
        this.changes = changes;
        this.gates = gates;
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
        Optional<Post> earlier = idempotencyKeys.lockAndFind(author.id(), idempotencyKey)
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
                groups.addressees(mentions, inReplyTo, command.visibility()));
        if (HubShares.shared(author, inReplyTo == null, command.visibility(), hubUsername)) {
            addressing = addressing.alsoTo(uris.followers(hubUsername));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Post post = posts.save(new Post(id, uri.toString(), "Note", true, author.id(),
                inReplyTo == null ? null : inReplyTo.uri(), inReplyTo == null ? null : inReplyTo.id(),
                Conversations.rootOf(inReplyTo),
                inReplyTo == null ? uri.toString() : firstNonNull(inReplyTo.contextUri(), inReplyTo.uri()),
                groups.groupOf(inReplyTo),
                command.visibility(), addressing.to(), addressing.cc(), null, spoiler(command), html(command, mentions),
                command.text(), command.language(), command.sensitive() || spoiler(command) != null, uri.toString(),
                now, null, null, null, 0, 0, null));
        List<String> tags = replaceLinks(id, command, mentions);
        if (command.mediaIds() != null) {
            media.attach(id, command.mediaIds());
        }
        URI actor = actorUris.id(author);
        Create created = activities.create(outbox.newActivityUri(), actor, post, document(post, actor, mentions, tags));
        outbox.publish(author, created, post.id(), isListed(post));
        changes.publishEvent(new Changed(post.id(), Changed.Kind.CREATED, true, created));
        // Members mentioned on this hub hear of it here: delivery skips local inboxes.
        mentions.stream().map(mention -> localActors.findByUri(mention.actor())).flatMap(Optional::stream)
                .forEach(mentioned -> notifications.record("mention", mentioned.id(), author.id(), post.id()));
        return post;
    }

    /**
     * A short public Note from a local actor, its addresses and hashtags made links as in any status: how a
     * capability tells followers on Mastodon of something Mastodon does not show (a new asset on the hub's map).
     * In the caller's transaction.
     */
    @Transactional
    public void announce(Actor author, String text) {
        create(author, new StatusCommand(text, Visibility.PUBLIC, null, null, null, false, null), List.of(), null);
    }

    /**
     * Publishes a titled post written in Markdown: a blog article or a forum thread ({@link LongFormService}
     * checked it). It starts its own conversation; its images (the cover first) are attachments.
     */
    @Transactional
    public Post createLongForm(Actor author, LongFormService.Draft draft, List<Long> mediaIds) {
        long id = posts.nextId();
        URI uri = uris.object(id);
        URI page = draft.page() == null ? uri : draft.page().apply(id);
        List<URI> audience = draft.audience() == null ? List.of() : List.of(draft.audience());
        Addressing addressing = Addressing.of(draft.visibility(), uris.followers(author.username()), audience);
        String html = Markdown.toHtml(draft.markdown());
        String summary = draft.summary() != null ? draft.summary() : Markdown.summary(html);
        // Every article and thread is a forum conversation: its context is the thread's collection (FEP-7888).
        Post post = posts.save(new Post(id, uri.toString(), draft.type(), true, author.id(), null, null, null,
                uris.forumThreadContext(id).toString(), draft.audience() == null ? null : draft.audience().toString(),
                draft.visibility(),
                addressing.to(), addressing.cc(), draft.title(), summary, html, draft.markdown(), draft.language(),
                false, page.toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, null, 0, 0, null));
        postTags.replace(id, draft.tags());
        media.attach(id, mediaIds);
        URI actor = actorUris.id(author);
        Create created = activities.create(outbox.newActivityUri(), actor, post,
                document(post, actor, List.of(), draft.tags()));
        outbox.publish(author, created, id, isListed(post));
        changes.publishEvent(new Changed(id, Changed.Kind.CREATED, true, created));
        return post;
    }

    /** Edits an article or thread: title, text, summary, tags and images; the audience and page stay. */
    @Transactional
    public Post editLongForm(Actor author, Post post, LongFormService.Draft draft, List<Long> mediaIds) {
        String html = Markdown.toHtml(draft.markdown());
        Post edited = posts.update(post.withContent(draft.title(),
                draft.summary() != null ? draft.summary() : Markdown.summary(html), html, draft.markdown(),
                draft.language(), false, Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
        postTags.replace(edited.id(), draft.tags());
        media.attach(edited.id(), mediaIds);
        URI actor = actorUris.id(author);
        AsObject document = document(edited, actor, List.of(), draft.tags());
        Update update = activities.update(outbox.newActivityUri(), actor, edited, document);
        outbox.publish(author, update, edited.id(), false);
        for (LocalActivity create : outbox.activitiesAbout(edited.id(), "Create")) {
            outbox.rewrite(create, activities.create(URI.create(create.uri()), actor, edited, document));
        }
        changes.publishEvent(new Changed(edited.id(), Changed.Kind.EDITED, true, update));
        return edited;
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
        Update update = activities.update(outbox.newActivityUri(), actor, edited, document);
        outbox.publish(author, update, edited.id(), false);
        for (LocalActivity create : outbox.activitiesAbout(edited.id(), "Create")) {
            outbox.rewrite(create, activities.create(URI.create(create.uri()), actor, edited, document));
        }
        changes.publishEvent(new Changed(edited.id(), Changed.Kind.EDITED, true, update));
        return edited;
    }

    @Transactional
    public Post delete(Actor author, Post post) {
        Post deleted = posts.update(post.withDeletedAt(Instant.now()));
        postMentions.replace(deleted.id(), List.of());
        postTags.replace(deleted.id(), List.of());
        media.removeFrom(deleted.id());
        outbox.unlist(deleted.id());
        Delete delete = activities.delete(outbox.newActivityUri(), actorUris.id(author), deleted);
        outbox.publish(author, delete, post.id(), false);
        changes.publishEvent(new Changed(deleted.id(), Changed.Kind.DELETED, true, delete));
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

    /**
     * What is known here of a kept post, for those who share or index other hubs' posts: its id, whether it was
     * written here, and whether it is public, starts its own conversation and is still there.
     */
    public record Kept(String uri, boolean local, boolean publicTopLevel) {
    }

    public Optional<Kept> kept(long postId) {
        return posts.findById(postId).map(post -> new Kept(post.uri(), post.local(),
                post.visibility() == Visibility.PUBLIC && post.inReplyToUri() == null && !post.deleted()));
    }

    /** Why a reply to {@code parent} is refused here, if a {@link ReplyGate} refuses it. */
    public Optional<String> replyRefusal(Post parent) {
        long root = Conversations.rootOf(parent);
        return gates.stream().map(gate -> gate.refusal(parent.id(), root)).flatMap(Optional::stream).findFirst();
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

    /**
     * A public top-level post, article or forum thread, here or a peer's, as the hubs' index keeps it.
     *
     * @param type {@code Note}, {@code Article} or {@code Page} (a forum thread)
     * @param text the content as plain text
     * @param url  the human page on its origin
     */
    public record Indexed(long id, String uri, String type, long authorId, @Nullable String title, String text,
                          String url, Instant published, @Nullable Instant updated) {
    }

    /** The post as the hubs' index keeps it, if the index lists it: live, public, top-level, a Note/Article/Page. */
    public Optional<Indexed> indexed(long id) {
        return posts.findById(id).filter(post -> !post.deleted() && post.visibility() == Visibility.PUBLIC
                        && post.inReplyToUri() == null && INDEXED_TYPES.contains(post.type()))
                .map(post -> new Indexed(post.id(), post.uri(), post.type(), post.authorId(), post.name(),
                        Html.plainText(firstNonNull(post.contentHtml(), "")), firstNonNull(post.url(), post.uri()),
                        post.published(), post.updated()));
    }

    /** The ids of posts the hubs' index may list, after {@code afterId} in order: to fill the index in batches. */
    public List<Long> indexableAfter(long afterId, int limit) {
        return posts.findIndexableIdsAfter(afterId, limit);
    }

    private static final java.util.Set<String> INDEXED_TYPES = java.util.Set.of("Note", "Article", "Page");

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
