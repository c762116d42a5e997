package london.patchwork.server.forum;

import jakarta.inject.Singleton;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

/**
 * Votes a group shares ({@code Announce{Like}}, {@code Announce{Dislike}}) and undoings ({@code Announce{Undo}}: of
 * a vote, or Lemmy's restore of a removed post): the group's own server keeps the score, and a restored post is
 * not brought back here. They are recorded as received and not applied. Taken here so that the boost handler does
 * not try to fetch them as if they were posts.
 */
@Singleton
public class GroupVoteHandler implements ActivityHandler {

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        return HandlerOutcome.ignored("votes and undoings shared by a group are not applied here");
    }
}
