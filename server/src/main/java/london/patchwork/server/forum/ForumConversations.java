package london.patchwork.server.forum;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.outbox.Outbox;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.posts.PostService;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the forum in step with posts, inside the transaction of each change: a new thread (a member's Page posted to
 * the hub's Group, a blog article, a remote post that mentions the Group) gets its row; a reply counts; and the Group
 * announces each public thread, reply, edit and delete to its followers (FEP-1b12).
 */
@Singleton
class ForumConversations {

    static final String GENERAL = "general";
    static final String BLOG = "blog";

    private final DiscussionService discussions;
    private final ForumThreadRepository threads;
    private final ForumCategoryRepository categories;
    private final ForumActivities activities;
    private final ForumGroup group;
    private final Outbox outbox;

    ForumConversations(DiscussionService discussions, ForumThreadRepository threads,
                       ForumCategoryRepository categories, ForumActivities activities, ForumGroup group,
                       Outbox outbox) {
        this.discussions = discussions;
        this.threads = threads;
        this.categories = categories;
        this.activities = activities;
        this.group = group;
        this.outbox = outbox;
    }

    @EventListener
    void on(PostService.Changed change) {
        Optional<DiscussionService.ThreadPost> found = discussions.find(change.postId());
        if (found.isEmpty()) {
            return;
        }
        DiscussionService.ThreadPost post = found.get();
        Actor hub = group.actor();
        switch (change.kind()) {
            case CREATED -> created(post, hub, change.activity());
            case EDITED -> announceChange(post, hub, change.activity());
            case DELETED -> gone(post, hub, change.activity());
            case REMOVED -> {
                if (inForum(post, hub) && post.isPublic()) {
                    // A moderator removed a remote post here; the group tells its followers, as Lemmy's mods do.
                    ForumActivities.Group voice = group.voice();
                    outbox.publish(hub, activities.remove(outbox.newActivityUri(), voice, URI.create(post.uri())),
                            post.id(), false);
                }
                gone(post, hub, null);
            }
        }
    }

    private void created(DiscussionService.ThreadPost post, Actor hub, Activity activity) {
        if (post.rootId() == null) {
            Optional<String> category = categoryOfNewThread(post);
            if (category.isEmpty()) {
                return;
            }
            Long categoryId = categories.findBySlug(category.get()).map(ForumCategory::id).orElse(null);
            Instant now = Instant.now();
            threads.save(new ForumThread(post.id(), hub.id(), categoryId, null, false, 0, now, now));
        } else if (threads.findById(post.rootId()).filter(thread -> thread.groupActorId() == hub.id()).isPresent()) {
            threads.countReply(post.rootId(), 1, Instant.now());
        } else {
            return;
        }
        if (!post.isPublic() || post.authorId() == hub.id()) {
            // Not for the group's followers, or the group's own post, whose Create already reached them.
            return;
        }
        ForumActivities.Group voice = group.voice();
        if (activity != null) {
            outbox.publish(hub, activities.announceActivity(outbox.newActivityUri(), voice, activity), post.id(),
                    false);
        }
        outbox.publish(hub, activities.announceObject(outbox.newActivityUri(), voice, URI.create(post.uri())),
                post.id(), true);
    }

    /**
     * Which category a post that starts a conversation opens a thread in, if it is one: a Page posted to the hub's
     * Group (its category is set by whoever opened it), a public blog article, or a remote post that names the
     * Group (a Mastodon user mentioning it, a Lemmy-shaped Page for it).
     */
    private Optional<String> categoryOfNewThread(DiscussionService.ThreadPost post) {
        String groupId = group.voice().id().toString();
        if (post.local() && "Article".equals(post.type()) && post.isPublic()) {
            return Optional.of(BLOG);
        }
        if (post.local() && "Page".equals(post.type()) && groupId.equals(post.audienceUri())) {
            return Optional.of(GENERAL);
        }
        if (!post.local() && post.inReplyToUri() == null && post.isPublic()
                && (groupId.equals(post.audienceUri()) || post.addressees().contains(groupId))) {
            return Optional.of(GENERAL);
        }
        return Optional.empty();
    }

    private void announceChange(DiscussionService.ThreadPost post, Actor hub, Activity activity) {
        if (activity != null && inForum(post, hub) && post.isPublic() && post.authorId() != hub.id()) {
            outbox.publish(hub, activities.announceActivity(outbox.newActivityUri(), group.voice(), activity),
                    post.id(), false);
        }
    }

    private void gone(DiscussionService.ThreadPost post, Actor hub, Activity activity) {
        if (!inForum(post, hub)) {
            return;
        }
        announceChange(post, hub, activity);
        if (post.rootId() == null) {
            threads.deleteById(post.id());
        } else {
            threads.countReply(post.rootId(), -1, Instant.EPOCH);
        }
    }

    /** A thread of the hub's forum, or a reply in one. */
    private boolean inForum(DiscussionService.ThreadPost post, Actor hub) {
        long thread = post.rootId() == null ? post.id() : post.rootId();
        return threads.findById(thread).filter(found -> found.groupActorId() == hub.id()).isPresent();
    }
}
