package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.database.OriginRows;
import london.patchwork.server.instance.OriginContent;

/**
 * Forgets the assets (Places) kept from one origin. Their revisions go with them, and so do the ties and
 * introductions that have a removed asset at either end, whoever recorded them (foreign keys cascade): a tie to
 * nothing cannot be shown.
 */
@Singleton
class AssetsFromOrigin implements OriginContent {

    private final OriginRows rows;

    AssetsFromOrigin(OriginRows rows) {
        this.rows = rows;
    }

    @Override
    public long forget(String origin) {
        return rows.delete("assets", "uri", "true", origin);
    }
}
