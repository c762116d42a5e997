package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publishing, editing, deleting and pinning posts as a local actor: a member's {@code Person}, or the hub's Group
 * for the organiser token. Input is checked and mentions resolved here, before {@link PostService}'s
 * transactions, which must not wait on the network.
 */
@Singleton
public class StatusService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private final PostRepository posts;
    private final PostService writer;
    private final Mentions mentions;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final String authority;
    private final MediaService media;

    public StatusService(PostRepository posts, PostService writer, Mentions mentions, LocalActors localActors,
                         ActorRepository actors, LocalActorUris actorUris, Instance instance, MediaService media) {
        this.media = media;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.authority = instance.authority();
        this.posts = posts;
        this.writer = writer;
        this.mentions = mentions;
        this.actors = actors;
    }

    /** Thrown for input an API client must fix; the message is the reason it gets back. */
    public static final class InvalidStatus extends Exception {
        InvalidStatus(String message) {
            super(message);
        }
    }

    /** The hub's Group actor, which the organiser token publishes as. */
    public Actor hubActor() {
        return localActors.hub();
    }

    /** Publishes as the hub's Group actor (the organiser token's voice), for callers other than the API. */
    public Post publish(StatusForm form) throws InvalidStatus {
        return publish(hubActor(), form, null);
    }

    /** Publishes as {@code author}; the same {@code idempotencyKey} within an hour answers with the first post. */
    public Post publish(Actor author, StatusForm form, @Nullable String idempotencyKey) throws InvalidStatus {
        Visibility visibility = form.visibility() == null || form.visibility().isBlank() ? Visibility.PUBLIC
                : Visibility.fromApiName(form.visibility())
                .orElseThrow(() -> new InvalidStatus("visibility must be public, unlisted, private or direct"));
        Post inReplyTo = null;
        if (form.inReplyToId() != null && !form.inReplyToId().isBlank()) {
            inReplyTo = findVisible(form.inReplyToId())
                    .orElseThrow(() -> new InvalidStatus("in_reply_to_id names no post"));
            Optional<String> refused = writer.replyRefusal(inReplyTo);
            if (refused.isPresent()) {
                throw new InvalidStatus(refused.get());
            }
        }
        StatusCommand command = command(form, visibility, attachable(author, form, null));
        List<Mentions.Resolved> resolved = mentions.resolve(command.text());
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw new InvalidStatus("Idempotency-Key is limited to 200 characters");
        }
        return writer.create(author, command, withParentAuthor(author, resolved, inReplyTo), inReplyTo, key);
    }

    public Post edit(Actor author, Post post, StatusForm form) throws InvalidStatus {
        StatusCommand command = command(form, post.visibility(), attachable(author, form, post.id()));
        return writer.edit(author, post, command, mentions.resolve(command.text()));
    }

    public Post delete(Actor author, Post post) {
        return writer.delete(author, post);
    }

    public Post pin(Actor author, Post post, boolean pinned) {
        return writer.pin(author, post, pinned);
    }

    /** A post {@code author} wrote here, by its API id: the only posts they may edit, delete or pin. */
    public Optional<Post> findOwn(Actor author, String id) {
        return findVisible(id).filter(post -> post.local() && post.authorId().equals(author.id()));
    }

    public Optional<Actor> author(Post post) {
        return actors.findById(post.authorId());
    }

    /** A post that exists and is not deleted, by its id as the API spells it. */
    public Optional<Post> findVisible(String id) {
        return Ids.parse(id).flatMap(posts::findById).filter(post -> !post.deleted());
    }

    /** Whether a post stays off public pages and anonymous API answers (its author is blocked or silenced). */
    public boolean hiddenFromPublic(Post post) {
        return posts.isHiddenAuthor(post.authorId());
    }

    /** A reply is addressed to (and notifies) the author it replies to even when not typed, as Mastodon does. */
    private List<Mentions.Resolved> withParentAuthor(Actor replier, List<Mentions.Resolved> resolved,
                                                     Post inReplyTo) {
        if (inReplyTo == null || inReplyTo.authorId().equals(replier.id())) {
            return resolved;
        }
        Optional<Actor> author = actors.findById(inReplyTo.authorId());
        if (author.isEmpty()) {
            return resolved;
        }
        URI uri = author.get().local() ? actorUris.id(author.get()) : URI.create(author.get().uri());
        if (resolved.stream().anyMatch(m -> m.actor().equals(uri))) {
            return resolved;
        }
        List<Mentions.Resolved> all = new ArrayList<>(resolved);
        all.add(new Mentions.Resolved("", uri, Mention.of(uri, "@" + author.get().username() + "@"
                + (author.get().local() ? authority : author.get().host())), uri.toString()));
        return all;
    }

    private List<Long> attachable(Actor author, StatusForm form, Long postId) throws InvalidStatus {
        if (form.attachments() == null) {
            return null;
        }
        try {
            return media.attachable(author.id(), form.attachments(), postId);
        } catch (MediaService.Refused refused) {
            throw new InvalidStatus(refused.getMessage());
        }
    }

    private static StatusCommand command(StatusForm form, Visibility visibility, List<Long> mediaIds)
            throws InvalidStatus {
        String text = form.status() == null ? "" : form.status().strip();
        if (text.isEmpty() && (mediaIds == null || mediaIds.isEmpty())) {
            throw new InvalidStatus("Validation failed: Text can't be blank");
        }
        if (text.codePointCount(0, text.length()) > StatusCommand.MAX_CHARACTERS) {
            throw new InvalidStatus("Validation failed: Text character limit of " + StatusCommand.MAX_CHARACTERS
                    + " exceeded");
        }
        String language = form.language() == null || form.language().isBlank() ? null
                : form.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidStatus("language must be an ISO 639 code such as en or cy");
        }
        String spoiler = form.spoilerText() == null ? null : form.spoilerText().strip();
        if (spoiler != null && spoiler.length() > 500) {
            throw new InvalidStatus("spoiler_text is limited to 500 characters");
        }
        boolean sensitive = "true".equalsIgnoreCase(form.sensitive()) || "1".equals(form.sensitive());
        return new StatusCommand(text, visibility, null, spoiler, language, sensitive, mediaIds);
    }
}
