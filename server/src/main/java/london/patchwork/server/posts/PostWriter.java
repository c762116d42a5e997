package london.patchwork.server.posts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.Add;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Remove;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes a local post and the activity that announces it in one transaction: Create on publishing, Update on
 * editing, Delete (with a Tombstone) on deleting, Add/Remove on pinning. The outbox row is the hand-off to
 * delivery, so a post is never stored without its activity, nor the other way round.
 */
@Singleton
public class PostWriter {

    private final PostRepository posts;
    private final PostMentions postMentions;
    private final PostMapper mapper;
    private final Outbox outbox;
    private final Uris uris;
    private final LocalActorUris actorUris;
    private final LocalActivityRepository activities;

    public PostWriter(PostRepository posts, PostMentions postMentions, PostMapper mapper, Outbox outbox, Uris uris,
                      LocalActorUris actorUris, LocalActivityRepository activities) {
        this.posts = posts;
        this.postMentions = postMentions;
        this.mapper = mapper;
        this.outbox = outbox;
        this.uris = uris;
        this.actorUris = actorUris;
        this.activities = activities;
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
        postMentions.replace(id, mentions.stream().map(mention -> mention.actor().toString()).toList());
        publish(author, Create::new, post, Ref.of(noteOf(post, author, mentions)), true);
        return post;
    }

    @Transactional
    public Post edit(Actor author, Post post, StatusCommand command, List<Mentions.Resolved> mentions) {
        Post edited = posts.update(post.withContent(spoiler(command), html(command, mentions), command.text(),
                command.language(), command.sensitive() || spoiler(command) != null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
        postMentions.replace(edited.id(), mentions.stream().map(mention -> mention.actor().toString()).toList());
        publish(author, Update::new, edited, Ref.of(noteOf(edited, author, mentions)), false);
        return edited;
    }

    @Transactional
    public Post delete(Actor author, Post post) {
        Post deleted = posts.update(post.withDeletedAt(Instant.now()));
        postMentions.replace(deleted.id(), List.of());
        activities.unlistForObject(deleted.id());
        publish(author, Delete::new, post, Ref.of(mapper.tombstone(deleted)), false);
        return deleted;
    }

    /** Pins or unpins a post on the author's featured collection, and tells followers (Add/Remove). */
    @Transactional
    public Post pin(Actor author, Post post, boolean pinned) {
        Post updated = posts.update(new Post(post.id(), post.uri(), post.type(), post.local(), post.authorId(),
                post.inReplyToUri(), post.inReplyToId(), post.contextUri(), post.visibility(), post.toUris(),
                post.ccUris(), post.name(), post.summary(), post.contentHtml(), post.sourceText(), post.language(),
                post.sensitive(), post.url(), post.published(), post.updated(), post.deletedAt(),
                pinned ? Instant.now() : null, post.likeCount(), post.announceCount(), post.raw()));
        URI actor = actorUris.id(author);
        ObjectFields addressing = ObjectFields.builder().to(uris.followers(author.username())).build();
        URI id = outbox.newActivityUri();
        ActivityFields fields = ActivityFields.of(actor, URI.create(post.uri()))
                .withTarget(uris.featured(author.username()));
        Activity activity = pinned ? new Add(id, addressing, fields, Extras.EMPTY)
                : new Remove(id, addressing, fields, Extras.EMPTY);
        outbox.publish(author, activity, post.id(), false);
        return updated;
    }

    public AsObject noteOf(Post post, Actor author, List<Mentions.Resolved> mentions) {
        List<Mention> tags = mentions.stream().map(Mentions.Resolved::tag).toList();
        return mapper.toActivityStreams(post, actorUris.id(author), tags);
    }

    private <A extends Activity> void publish(Actor author, Activity.Constructor<A> type, Post post,
                                              Ref<ApObject> object, boolean listed) {
        ObjectFields addressing = ObjectFields.builder()
                .to(post.toUris().stream().map(URI::create).toArray(URI[]::new))
                .cc(post.ccUris().stream().map(URI::create).toArray(URI[]::new))
                .published(Instant.now())
                .build();
        A activity = Activity.of(type, outbox.newActivityUri(), actorUris.id(author), object, addressing);
        boolean visibleToAll = post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED;
        outbox.publish(author, activity, post.id(), listed && visibleToAll);
    }

    private static String spoiler(StatusCommand command) {
        return command.spoilerText() == null || command.spoilerText().isBlank() ? null : command.spoilerText().strip();
    }

    private static String html(StatusCommand command, List<Mentions.Resolved> mentions) {
        Map<String, String> resolved = new java.util.HashMap<>();
        mentions.forEach(mention -> resolved.put(mention.typed(), mention.actor().toString()));
        return StatusText.toHtml(command.text(), resolved);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
