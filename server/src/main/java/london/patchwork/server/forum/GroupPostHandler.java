package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.posts.RemotePostsService;

import java.util.Optional;

/**
 * A followed group shares a new or edited post ({@code Announce{Create}}, {@code Announce{Update}}: Lemmy, Mbin,
 * NodeBB, FEP-1b12). The copy inside the announcement is ignored: the post is fetched from its own origin and kept
 * only when it is on its author's host, so a group cannot pass off words as someone else's. A post opening a
 * conversation becomes a thread of the group ({@link RemoteThreads}); a reply joins the thread it answers.
 */
@Singleton
public class GroupPostHandler implements ActivityHandler {

    private final FollowedGroups groups;
    private final GroupActivityMapper mapper;
    private final RemotePostsService remotePosts;

    public GroupPostHandler(FollowedGroups groups, GroupActivityMapper mapper, RemotePostsService remotePosts) {
        this.groups = groups;
        this.mapper = mapper;
        this.remotePosts = remotePosts;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        if (!groups.isFollowedGroup(inbound.sender())) {
            return HandlerOutcome.ignored("not from a group followed here");
        }
        Optional<GroupActivityMapper.Announced> announced = mapper.announced(inbound);
        if (announced.isEmpty() || announced.get().object() == null) {
            return HandlerOutcome.ignored("announces no post");
        }
        RemotePostsService.Kept kept = remotePosts.keepFromGroup(announced.get().object(), inbound.sender(),
                announced.get().type().equals("Update"), inbound.activity());
        return kept.applied() ? HandlerOutcome.applied(kept.detail()) : HandlerOutcome.ignored(kept.detail());
    }
}
