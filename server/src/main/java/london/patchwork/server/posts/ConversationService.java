package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversations as other capabilities read them (the forum's remote threads): posts with their authors, public and
 * unlisted only, their HTML as sanitised when it arrived.
 */
@Singleton
public class ConversationService {

    /**
     * A post as a thread page shows it.
     *
     * @param title      the name of a Page or Article
     * @param html       the sanitised HTML; null once deleted
     * @param url        where its origin shows it
     * @param addressees its {@code to} and {@code cc}
     * @param rootId     the first post of its conversation, for a reply
     */
    public record Entry(long id, String uri, String type, boolean local, @Nullable String title, @Nullable String html,
                        @Nullable String url, Author author, Instant published, @Nullable Instant updated,
                        boolean deleted, @Nullable String inReplyToUri, @Nullable Long rootId,
                        @Nullable String audienceUri, List<String> addressees) {
    }

    /** Who wrote a post: a name, a handle ({@code @name@host}) and a profile link. */
    public record Author(String name, String handle, @Nullable String url) {
    }

    private final PostRepository posts;
    private final ConversationRepository conversations;
    private final ActorRepository actors;

    public ConversationService(PostRepository posts, ConversationRepository conversations, ActorRepository actors) {
        this.posts = posts;
        this.conversations = conversations;
        this.actors = actors;
    }

    /** A public or unlisted post. */
    public Optional<Entry> find(long id) {
        return posts.findById(id).filter(ConversationService::shown).map(post -> entry(post, new HashMap<>()));
    }

    /** Public and unlisted posts by id, in the order asked. */
    public List<Entry> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> found = new HashMap<>();
        conversations.findAllById(ids).forEach(post -> found.put(post.id(), post));
        Map<Long, Author> authors = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Long id : ids) {
            Post post = found.get(id);
            if (post != null && shown(post)) {
                entries.add(entry(post, authors));
            }
        }
        return entries;
    }

    /** The replies in a conversation after {@code afterId}, oldest first, deleted ones included as such. */
    public List<Entry> replies(long rootId, long afterId, int limit) {
        Map<Long, Author> authors = new HashMap<>();
        return conversations.findReplies(rootId, afterId, limit).stream().map(post -> entry(post, authors)).toList();
    }

    private Entry entry(Post post, Map<Long, Author> authors) {
        Author author = authors.computeIfAbsent(post.authorId(), id -> actors.findById(id).map(ConversationService::author)
                .orElse(new Author("unknown", "", null)));
        List<String> addressees = new ArrayList<>(post.toUris());
        addressees.addAll(post.ccUris());
        return new Entry(post.id(), post.uri(), post.type(), post.local(), post.name(), post.contentHtml(), post.url(),
                author, post.published(), post.updated(), post.deleted(), post.inReplyToUri(), post.rootId(),
                post.audienceUri(), addressees);
    }

    private static Author author(Actor actor) {
        String handle = "@" + actor.username() + (actor.host() == null ? "" : "@" + actor.host());
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        return new Author(name, handle, actor.url() != null ? actor.url() : actor.uri());
    }

    private static boolean shown(Post post) {
        return post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED;
    }
}
