package london.patchwork.server.aggregation;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.follows.FollowAccepted;

/**
 * A joined hub's Group accepted this instance's follow: its backfill, which waits for that (the inbox keeps a hub's
 * content only from a Group followed here), is due now rather than at its next back-off, which under load could be
 * minutes away. Runs in the inbox's transaction, so it is due once the Accept is committed.
 */
@Singleton
class BackfillOnAccept {

    private final BackfillRepository backfills;

    BackfillOnAccept(BackfillRepository backfills) {
        this.backfills = backfills;
    }

    @EventListener
    void onAccepted(FollowAccepted accepted) {
        backfills.dueOnAccept(accepted.followedId());
    }
}
