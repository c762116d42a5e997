package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.ModeratedContent;
import london.patchwork.server.outbox.Outbox;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.posts.LongFormService;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hub's forum: threads opened, edited and deleted by their authors through posts, pinned, locked and removed by
 * moderators, each moderator's act published from the hub's Group in the same transaction. Categories are in
 * {@link ForumCategories}.
 */
@Singleton
public class ForumService {

    /** A thread as pages and the API show it. */
    public record Thread(ForumThread row, DiscussionService.ThreadPost post, @Nullable ForumCategory category) {
    }

    /** Input to fix; the message says what. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private final ForumThreadRepository threads;
    private final ForumCategoryRepository categories;
    private final DiscussionService discussions;
    private final ForumActivities activities;
    private final ForumGroup group;
    private final Outbox outbox;
    private final Uris uris;
    private final List<ModeratedContent> moderated;

    public ForumService(ForumThreadRepository threads, ForumCategoryRepository categories,
                        DiscussionService discussions, ForumActivities activities, ForumGroup group, Outbox outbox,
                        Uris uris, List<ModeratedContent> moderated) {
        this.threads = threads;
        this.categories = categories;
        this.discussions = discussions;
        this.activities = activities;
        this.group = group;
        this.outbox = outbox;
        this.uris = uris;
        this.moderated = moderated;
    }

    public Actor hub() {
        return group.actor();
    }

    public Optional<Thread> thread(long postId) {
        return threads.findById(postId).flatMap(row -> discussions.find(postId).filter(post -> !post.deleted())
                .map(post -> new Thread(row, post, row.categoryId() == null ? null
                        : categories.findById(row.categoryId()).orElse(null))));
    }

    /** The hub's threads, pinned first, then the most recently active. */
    public List<Thread> latest(int limit, int offset) {
        return withPosts(threads.latest(hub().id(), limit, offset));
    }

    public List<Thread> inCategory(ForumCategory category, int limit, int offset) {
        return withPosts(threads.inCategory(hub().id(), category.id(), limit, offset));
    }

    public long countInCategory(ForumCategory category) {
        return threads.countInCategory(hub().id(), category.id());
    }

    public List<Thread> newestInCategory(ForumCategory category, int limit) {
        return withPosts(threads.newestInCategory(hub().id(), category.id(), limit));
    }

    /** Opens a thread in a category as {@code author}; the Group announces it (see {@link ForumConversations}). */
    @Transactional
    public Thread open(Actor author, String categorySlug, String title, String markdown, List<String> tags)
            throws Invalid {
        ForumCategory category = categories.findBySlug(categorySlug == null ? "" : categorySlug.strip())
                .orElseThrow(() -> new Invalid("category names no category of this forum"));
        LongFormService.Published page;
        try {
            page = discussions.openThread(author, title, markdown, tags, null, group.voice().id(),
                    uris::forumThread);
        } catch (LongFormService.InvalidDraft invalid) {
            throw new Invalid(invalid.getMessage());
        }
        threads.moveTo(page.id(), category.id());
        return thread(page.id()).orElseThrow();
    }

    /** The author edits their thread: title, text and tags. */
    @Transactional
    public Thread edit(Actor author, long postId, String title, String markdown, List<String> tags) throws Invalid {
        try {
            discussions.editThread(author, postId, title, markdown, tags, null);
        } catch (LongFormService.InvalidDraft invalid) {
            throw new Invalid(invalid.getMessage());
        }
        return thread(postId).orElseThrow();
    }

    /** Moves a thread to another category (its author or a moderator). */
    @Transactional
    public void move(long postId, String categorySlug) throws Invalid {
        ForumCategory category = categories.findBySlug(categorySlug == null ? "" : categorySlug.strip())
                .orElseThrow(() -> new Invalid("category names no category of this forum"));
        threads.moveTo(postId, category.id());
    }

    /** A moderator pins or unpins a thread; the Group's featured collection lists pinned ones. */
    @Transactional
    public void pin(long postId, boolean pinned) {
        Thread thread = thread(postId).orElseThrow();
        if ((thread.row().pinnedAt() != null) == pinned) {
            return;
        }
        threads.pinAt(postId, pinned ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : null);
        outbox.publish(hub(), activities.pin(outbox.newActivityUri(), group.voice(), URI.create(thread.post().uri()),
                pinned), postId, false);
    }

    /** A moderator locks or unlocks a thread: Lemmy's {@code Lock}, and {@code Undo} of it. */
    @Transactional
    public void lock(long postId, boolean locked) {
        Thread thread = thread(postId).orElseThrow();
        if (thread.row().locked() == locked) {
            return;
        }
        threads.lock(postId, locked);
        ForumActivities.Group voice = group.voice();
        URI page = URI.create(thread.post().uri());
        Activity lock = activities.lock(outbox.newActivityUri(), voice, page);
        outbox.publish(hub(), locked ? lock : activities.unlock(outbox.newActivityUri(), voice, lock), postId, false);
    }

    /**
     * A moderator removes a thread or a reply of the forum: the post is removed as the moderation queue would, and
     * the Group sends {@code Delete} of it (for a remote post the Group's Delete goes out as posts reports the
     * removal; see {@link ForumConversations}).
     *
     * @return false when there was no such post to remove
     */
    @Transactional
    public boolean remove(long postId) {
        Optional<DiscussionService.ThreadPost> post = discussions.find(postId).filter(found -> !found.deleted());
        if (post.isEmpty() || !inForum(post.get())) {
            return false;
        }
        String uri = post.get().uri();
        moderated.stream().map(content -> content.remove(uri)).flatMap(Optional::stream).findFirst();
        if (post.get().local() && post.get().isPublic()) {
            outbox.publish(hub(), activities.remove(outbox.newActivityUri(), group.voice(), URI.create(uri)),
                    postId, false);
        }
        return true;
    }

    /** Whether {@code postId} is a reply in this thread. */
    public boolean isReplyIn(Thread thread, long postId) {
        return discussions.find(postId).filter(post -> post.rootId() != null
                && post.rootId() == thread.post().id()).isPresent();
    }

    /** Whether a post is a thread of the hub's forum or a reply in one. */
    public boolean inForum(DiscussionService.ThreadPost post) {
        long root = post.rootId() == null ? post.id() : post.rootId();
        return threads.findById(root).filter(thread -> thread.groupActorId() == hub().id()).isPresent();
    }

    private List<Thread> withPosts(List<ForumThread> rows) {
        Map<Long, DiscussionService.ThreadPost> posts = discussions.findAll(rows.stream().map(ForumThread::postId)
                .toList()).stream().collect(Collectors.toMap(DiscussionService.ThreadPost::id, Function.identity()));
        Map<Long, ForumCategory> byId = categories.listed().stream()
                .collect(Collectors.toMap(ForumCategory::id, Function.identity()));
        return rows.stream().filter(row -> posts.containsKey(row.postId())).map(row -> new Thread(row,
                posts.get(row.postId()), row.categoryId() == null ? null : byId.get(row.categoryId()))).toList();
    }
}
