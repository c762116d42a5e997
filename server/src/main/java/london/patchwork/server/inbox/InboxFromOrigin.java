package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.server.database.OriginRows;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets which activities from one origin were received and applied: they keep every redelivery out while the
 * content they brought is kept, but once that content is forgotten, joining the same hub again must be able to
 * apply them again (its backfill stores them anew).
 */
@Singleton
class InboxFromOrigin implements OriginContent {

    private final OriginRows rows;

    InboxFromOrigin(OriginRows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.delete("inbox_activities", "activity_uri", "state <> 'pending'", origin);
    }
}
