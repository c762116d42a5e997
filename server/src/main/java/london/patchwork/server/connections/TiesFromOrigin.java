package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.database.OriginRows;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the ties (Relationships) kept from one origin; introductions that led to one keep their own record.
 */
@Singleton
class TiesFromOrigin implements OriginContent {

    private final OriginRows rows;

    TiesFromOrigin(OriginRows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.delete("ties", "uri", "true", origin);
    }
}
