package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.site.Feed;
import london.patchwork.server.site.Feeds;
import london.patchwork.web.posts.PostView;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Conversations as the forum reads them: a thread's first post and its replies (the posts whose {@code root_id} is
 * the first post), paged in the order they arrived, and the few writes the forum asks of posts (a thread, a reply).
 */
@Singleton
public class DiscussionService {

    /**
     * A post as the forum needs to know it.
     *
     * @param rootId     the first post of its conversation; null when it is one
     * @param listed     public or unlisted: may be shown
     * @param isPublic   public: may be announced to the group's followers
     * @param addressees its to and cc, and the actors it mentions
     */
    public record ThreadPost(long id, String uri, String type, boolean local, long authorId,
                             @Nullable String inReplyToUri, @Nullable Long rootId, @Nullable String audienceUri,
                             boolean listed, boolean isPublic, List<String> addressees, @Nullable String title,
                             @Nullable String summary, String contentHtml, String url, Instant published,
                             @Nullable Instant updated, boolean deleted) {
    }

    /** A reply as a card, with its id for moderators' buttons. */
    public record Reply(long id, PostView.PostEntry entry) {
    }

    private final PostRepository posts;
    private final PostPages pages;
    private final PostDocuments documents;
    private final PostMentions mentions;
    private final StatusService statuses;
    private final LongFormService longForm;
    private final PostFeeds feeds;
    private final Feeds feedWriter;
    private final PostTags tags;

    public DiscussionService(PostRepository posts, PostPages pages, PostDocuments documents, PostMentions mentions,
                             StatusService statuses, LongFormService longForm, PostFeeds feeds, PostTags tags,
                             Feeds feedWriter) {
        this.feeds = feeds;
        this.feedWriter = feedWriter;
        this.tags = tags;
        this.posts = posts;
        this.pages = pages;
        this.documents = documents;
        this.mentions = mentions;
        this.statuses = statuses;
        this.longForm = longForm;
    }

    public Optional<ThreadPost> find(long id) {
        return posts.findById(id).map(this::threadPost);
    }

    public Optional<ThreadPost> findByUri(String uri) {
        return posts.findByUri(uri).map(this::threadPost);
    }

    /** Several posts by id, in no particular order; missing ones are left out. */
    public List<ThreadPost> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : posts.findByIdIn(ids).stream().map(this::threadPost).toList();
    }

    /** A thread's replies (everything in its conversation after the first post), oldest first. */
    public List<Reply> replies(long rootId, int limit, int offset) {
        return posts.findConversation(rootId, limit, offset).stream()
                .map(post -> new Reply(post.id(), pages.entry(post))).toList();
    }

    /** The ids of a thread's replies, oldest first, for its {@code context} collection. */
    public List<String> replyUris(long rootId, int limit, int offset) {
        return posts.findConversation(rootId, limit, offset).stream().map(Post::uri).toList();
    }

    /** The replies to one post directly, for its {@code replies} collection. */
    public List<String> directReplyUris(String uri, int limit) {
        return posts.findReplies(uri, limit).stream().map(Post::uri).toList();
    }

    public long replyCount(long rootId) {
        return posts.countConversation(rootId);
    }

    /** A post as a card on a page. */
    public Optional<PostView.PostEntry> entry(long id) {
        // PostPages shows a titled post's summary as a summary, not a content warning: the text shows open.
        return posts.findById(id).filter(post -> !post.deleted()).map(pages::entry);
    }

    /** A thread's Markdown as its author wrote it, and its hashtags, for the edit form. */
    public Optional<LongFormService.Published> source(long id) {
        return longForm.find(id);
    }

    public List<String> tags(long id) {
        return tags.of(id);
    }

    /** Whether moderators hid this author from public pages (blocked or silenced). */
    public boolean hiddenAuthor(long authorId) {
        return posts.isHiddenAuthor(authorId);
    }

    /** A local post as its ActivityStreams document, as the featured collection embeds it. */
    public Optional<ApObject> document(long id) {
        return posts.findById(id).filter(post -> post.local() && !post.deleted()).map(documents::document);
    }

    /**
     * Opens a public thread: a {@code Page} posted to {@code group}, read at {@code page}.
     */
    public LongFormService.Published openThread(Actor author, String title, String markdown, List<String> tags,
                                                @Nullable String language, URI group, LongFunction<URI> page)
            throws LongFormService.InvalidDraft {
        return longForm.publish(author, new LongFormService.Draft("Page", title, null, markdown, null, tags,
                Visibility.PUBLIC, language, group, page));
    }

    /** Edits a thread; it stays public. */
    public LongFormService.Published editThread(Actor author, long id, String title, String markdown,
                                                List<String> tags, @Nullable String language)
            throws LongFormService.InvalidDraft {
        return longForm.edit(author, id, new LongFormService.Draft("Page", title, null, markdown, null, tags,
                Visibility.PUBLIC, language, null, null));
    }

    /** The author deletes their thread (a {@code Delete} with a Tombstone goes out). */
    public boolean deleteThread(Actor author, long id) {
        return longForm.delete(author, id);
    }

    /** A public reply to {@code parentId}, through the statuses path (a locked thread refuses it there). */
    public ThreadPost reply(Actor author, long parentId, String text) throws StatusService.InvalidStatus {
        Post post = statuses.publish(author, new StatusForm(text, "public", Long.toString(parentId), null, null,
                null, null), null);
        return threadPost(post);
    }

    /**
     * A feed of threads (their first posts, in the order given) written as the hub's other feeds are.
     *
     * @param atom     Atom 1.0 when true, JSON Feed 1.1 when false
     * @param feedBase the URL the feed hangs from: {@code BASE.atom} and {@code BASE.json}
     */
    public String feed(boolean atom, String title, String description, String homeUrl, String feedBase,
                       List<Long> threadIds) {
        java.util.Map<Long, Post> byId = new java.util.HashMap<>();
        if (!threadIds.isEmpty()) {
            posts.findByIdIn(threadIds).forEach(post -> byId.put(post.id(), post));
        }
        List<Post> ordered = threadIds.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .filter(post -> !post.deleted()).toList();
        Feed feed = feeds.feed(title, description, homeUrl, feedBase, ordered);
        return atom ? feedWriter.atom(feed) : feedWriter.jsonFeed(feed);
    }

    private ThreadPost threadPost(Post post) {
        List<String> addressees = new ArrayList<>(post.toUris());
        addressees.addAll(post.ccUris());
        addressees.addAll(mentions.of(post.id()));
        boolean listed = post.visibility() == Visibility.PUBLIC || post.visibility() == Visibility.UNLISTED;
        return new ThreadPost(post.id(), post.uri(), post.type(), post.local(), post.authorId(), post.inReplyToUri(),
                post.rootId(), post.audienceUri(), listed, post.visibility() == Visibility.PUBLIC,
                List.copyOf(addressees), post.name(), post.summary(),
                post.contentHtml() == null ? "" : post.contentHtml(), post.url() != null ? post.url() : post.uri(),
                post.published(), post.updated(), post.deleted());
    }
}
