package london.patchwork.server.aggregation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.instance.OriginContent;

/**
 * Writes to the index of everything public held here. A write replaces the row (the origin's edit wins over what
 * was kept), a delete removes it; the same object reached by several paths is one row, by its URI.
 */
@Singleton
public class ItemIndex implements OriginContent {

    private static final String PUT = "insert into hub_items (" + ItemIndexRow.COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source, local_id) do update set "
            + "uri = excluded.uri, origin = excluded.origin, kind = excluded.kind, title = excluded.title, "
            + "summary = excluded.summary, url = excluded.url, author = excluded.author, "
            + "published = excluded.published, updated = excluded.updated, starts_at = excluded.starts_at, "
            + "ends_at = excluded.ends_at, category = excluded.category, latitude = excluded.latitude, "
            + "longitude = excluded.longitude";

    private final JdbcOperations jdbc;

    ItemIndex(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void put(ItemIndexRow row) {
        // Another row with this URI is the same object kept before under another id: this one replaces it.
        update("delete from hub_items where uri = ? and not (source = ? and local_id = ?)", row.uri(), row.source(),
                row.localId());
        update(PUT, row.values());
    }

    @Transactional
    void remove(String source, long localId) {
        update("delete from hub_items where source = ? and local_id = ?", source, localId);
    }

    @Override
    @Transactional
    public long forget(String origin) {
        return update("delete from hub_items where origin = ?", origin);
    }

    @Transactional(readOnly = true)
    long size() {
        return jdbc.prepareStatement("select count(*) from hub_items", statement -> {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> Sql.bind(statement, values).executeUpdate());
    }
}
