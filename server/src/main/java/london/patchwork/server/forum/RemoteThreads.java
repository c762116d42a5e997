package london.patchwork.server.forum;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.posts.ConversationService;
import london.patchwork.server.posts.PostService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Threads of the remote groups this hub follows, kept as posts arrive (however they arrive: a group's
 * {@code Announce}, a bare boost, or straight from an author followed here). A remote post that starts a
 * conversation and names a followed group (its {@code audience} first, then {@code to} and {@code cc}) opens a
 * thread of that group, as Lemmy and NodeBB file a post by its audience; replies in it count towards it. Runs in
 * the transaction that stored the post.
 */
@Singleton
public class RemoteThreads {

    /** More groups than any post names; the rest are not looked at. */
    private static final int MAX_GROUPS_NAMED = 8;
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private final ConversationService conversations;
    private final RemoteThreadRepository threads;
    private final ActorRepository actors;
    private final FollowRepository follows;

    public RemoteThreads(ConversationService conversations, RemoteThreadRepository threads, ActorRepository actors,
                         FollowRepository follows) {
        this.conversations = conversations;
        this.threads = threads;
        this.actors = actors;
        this.follows = follows;
    }

    @EventListener
    void onChanged(PostService.Changed change) {
        if (change.local() || change.kind() == PostService.Changed.Kind.EDITED) {
            return;
        }
        Optional<ConversationService.Entry> post = conversations.find(change.postId());
        if (post.isEmpty()) {
            return;
        }
        boolean created = change.kind() == PostService.Changed.Kind.CREATED;
        ConversationService.Entry entry = post.get();
        if (entry.rootId() != null) {
            threads.findRemote(entry.rootId()).ifPresent(thread -> threads.countReply(thread.postId(),
                    created ? 1 : -1, Instant.now()));
        } else if (created && entry.inReplyToUri() == null) {
            followedGroupNamedBy(entry).ifPresent(group -> threads.open(entry.id(), group.id(),
                    entry.published().isAfter(Instant.now()) ? Instant.now() : entry.published()));
        }
    }

    private Optional<Actor> followedGroupNamedBy(ConversationService.Entry entry) {
        List<String> named = new ArrayList<>();
        if (entry.audienceUri() != null) {
            named.add(entry.audienceUri());
        }
        named.addAll(entry.addressees());
        return named.stream().filter(uri -> !uri.equals(PUBLIC)).distinct().limit(MAX_GROUPS_NAMED)
                .map(actors::findByUri).flatMap(Optional::stream)
                .filter(actor -> !actor.local() && "Group".equals(actor.type()))
                .filter(group -> follows.isFollowedLocally(group.id()))
                .findFirst();
    }
}
