package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;
import london.patchwork.server.posts.RemotePostsService;

import java.net.URI;
import java.util.Optional;

/**
 * A followed group shares a deletion ({@code Announce{Delete}}) or a moderator's removal ({@code Announce{Remove}},
 * or Lemmy's {@code Delete} by a moderator). By the post's own author (on its host): applied once the origin
 * confirms the post is gone. By the group itself or one of its moderators (its moderators collection, fetched from
 * the group's host): the post is taken out of the group's threads. Anyone else's is ignored.
 */
@Singleton
public class GroupDeleteHandler implements ActivityHandler {

    private final FollowedGroups groups;
    private final GroupActivityMapper mapper;
    private final GroupModerators moderators;
    private final RemotePostsService remotePosts;

    public GroupDeleteHandler(FollowedGroups groups, GroupActivityMapper mapper, GroupModerators moderators,
                              RemotePostsService remotePosts) {
        this.groups = groups;
        this.mapper = mapper;
        this.moderators = moderators;
        this.remotePosts = remotePosts;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        if (!groups.isFollowedGroup(inbound.sender())) {
            return HandlerOutcome.ignored("not from a group followed here");
        }
        Optional<GroupActivityMapper.Announced> announced = mapper.announced(inbound);
        if (announced.isEmpty() || announced.get().object() == null || announced.get().actor() == null) {
            return HandlerOutcome.ignored("announces no deletion");
        }
        URI object = announced.get().object();
        URI actor = announced.get().actor();
        URI group = URI.create(inbound.sender().uri());
        URI target = announced.get().target();
        if (target != null && !CanonicalUris.same(target, group)) {
            // Lemmy's Remove from the featured or moderators collection unpins a post or demotes a moderator.
            return HandlerOutcome.ignored("removal from " + target + " changes a collection, not a post");
        }
        RemotePostsService.Kept done;
        if (CanonicalUris.same(actor, group) || moderators.isModerator(group, actor)) {
            done = remotePosts.removeFromGroup(object, inbound.sender().uri(), inbound.activity());
        } else if (announced.get().type().equals("Delete")) {
            done = remotePosts.deleteConfirmedByOrigin(object, actor, inbound.activity());
        } else {
            return HandlerOutcome.ignored(actor + " is not a moderator of " + group);
        }
        return done.applied() ? HandlerOutcome.applied(done.detail()) : HandlerOutcome.ignored(done.detail());
    }
}
