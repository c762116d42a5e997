package london.patchwork.server.aggregation;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import london.patchwork.server.follows.FollowAccepted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A joined hub's Group accepted this instance's follow: its backfill, which waits for that (the inbox keeps a hub's
 * content only from a Group followed here), is due now rather than at its next back-off, which under load could be
 * minutes away.
 */
@Singleton
class BackfillOnAccept {

    private final DataSource dataSource;

    BackfillOnAccept(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    void onAccepted(FollowAccepted accepted) {
        // In the inbox's transaction: the backfill becomes due when the Accept is committed.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement due = connection.prepareStatement("""
                     update hubs set backfill_next_at = now(), backfill_attempts = 0
                     where actor_id = ? and backfill_state in ('pending', 'running')""")) {
            due.setLong(1, accepted.followedId());
            due.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the backfill of actor " + accepted.followedId()
                    + " due: " + e.getMessage(), e);
        }
    }
}
