package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.Ids;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publishing, editing, deleting and pinning the hub's posts. Input is checked and mentions resolved here,
 * before {@link PostService}'s transactions, which must not wait on the network.
 */
@Singleton
public class StatusService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private final PostRepository posts;
    private final PostService writer;
    private final Mentions mentions;
    private final LocalActors localActors;
    private final ActorRepository actors;

    public StatusService(PostRepository posts, PostService writer, Mentions mentions, LocalActors localActors,
                         ActorRepository actors) {
        this.posts = posts;
        this.writer = writer;
        this.mentions = mentions;
        this.localActors = localActors;
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

    public Post publish(StatusForm form) throws InvalidStatus {
        Visibility visibility = form.visibility() == null || form.visibility().isBlank() ? Visibility.PUBLIC
                : Visibility.fromApiName(form.visibility())
                .orElseThrow(() -> new InvalidStatus("visibility must be public, unlisted, private or direct"));
        Post inReplyTo = null;
        if (form.inReplyToId() != null && !form.inReplyToId().isBlank()) {
            inReplyTo = findVisible(form.inReplyToId())
                    .orElseThrow(() -> new InvalidStatus("in_reply_to_id names no post"));
        }
        StatusCommand command = command(form, visibility);
        List<Mentions.Resolved> resolved = mentions.resolve(command.text());
        return writer.create(hubActor(), command, withParentAuthor(resolved, inReplyTo), inReplyTo);
    }

    public Post edit(Post post, StatusForm form) throws InvalidStatus {
        StatusCommand command = command(form, post.visibility());
        return writer.edit(hubActor(), post, command, mentions.resolve(command.text()));
    }

    public Post delete(Post post) {
        return writer.delete(hubActor(), post);
    }

    public Post pin(Post post, boolean pinned) {
        return writer.pin(hubActor(), post, pinned);
    }

    /** A post that exists and is not deleted, by its id as the API spells it. */
    public Optional<Post> findVisible(String id) {
        return Ids.parse(id).flatMap(posts::findById).filter(post -> !post.deleted());
    }

    /** Whether a post stays off public pages and anonymous API answers (its author is blocked or silenced). */
    public boolean hiddenFromPublic(Post post) {
        return posts.isHiddenAuthor(post.authorId());
    }

    /** A reply is addressed to the author it replies to even when not typed, as Mastodon does. */
    private List<Mentions.Resolved> withParentAuthor(List<Mentions.Resolved> resolved, Post inReplyTo) {
        if (inReplyTo == null || inReplyTo.local()) {
            return resolved;
        }
        Optional<Actor> author = actors.findById(inReplyTo.authorId());
        if (author.isEmpty() || resolved.stream().anyMatch(m -> m.actor().toString().equals(author.get().uri()))) {
            return resolved;
        }
        URI uri = URI.create(author.get().uri());
        List<Mentions.Resolved> all = new ArrayList<>(resolved);
        all.add(new Mentions.Resolved("", uri,
                Mention.of(uri, "@" + author.get().username() + "@" + author.get().host())));
        return all;
    }

    private static StatusCommand command(StatusForm form, Visibility visibility) throws InvalidStatus {
        String text = form.status() == null ? "" : form.status().strip();
        if (text.isEmpty()) {
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
        return new StatusCommand(text, visibility, null, spoiler, language, sensitive);
    }
}
