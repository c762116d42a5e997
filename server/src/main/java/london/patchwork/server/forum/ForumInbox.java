package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.InboxRoutes;
import london.patchwork.server.inbox.Routes;

/**
 * What groups this hub follows share (FEP-1b12): activities wrapped in the group's {@code Announce}. A boost of a
 * post itself ({@code Announce{Page}}, {@code Announce{Note}}) stays with posts' boost handling, which keeps it and
 * so opens a thread here too.
 */
@Singleton
public class ForumInbox implements InboxRoutes {

    private final GroupPostHandler post;
    private final GroupDeleteHandler delete;
    private final GroupVoteHandler vote;

    public ForumInbox(GroupPostHandler post, GroupDeleteHandler delete, GroupVoteHandler vote) {
        this.post = post;
        this.delete = delete;
        this.vote = vote;
    }

    @Override
    public void register(Routes routes) {
        routes.on("Announce", "Create", post)
                .on("Announce", "Update", post)
                .on("Announce", "Delete", delete)
                .on("Announce", "Remove", delete)
                .on("Announce", "Like", vote)
                .on("Announce", "Dislike", vote)
                .on("Announce", "Undo", vote);
    }
}
