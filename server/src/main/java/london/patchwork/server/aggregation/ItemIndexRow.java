package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One row of the index of everything public held here ({@code hub_items}): a summary of a post, article, forum
 * thread, event or asset whose content stays in its capability's table.
 *
 * @param origin  {@code scheme://host[:port]} of {@code uri}: the hub it comes from
 * @param source  the capability's table ({@code posts}, {@code events}, {@code assets}) and {@code localId} its id
 * @param kind    {@code post}, {@code article}, {@code thread}, {@code event} or {@code asset}
 * @param summary plain text
 * @param url     the human page on its origin
 */
public record ItemIndexRow(String uri, String origin, String source, long localId, String kind, String title,
                           String summary, String url, @Nullable String author, Instant published,
                           @Nullable Instant updated, @Nullable Instant startsAt, @Nullable Instant endsAt,
                           @Nullable String category, @Nullable Double latitude, @Nullable Double longitude) {

    /** The most text a row keeps to search and show: the start of a long article is enough for both. */
    static final int SUMMARY_LIMIT = 2000;

    public ItemIndexRow {
        summary = summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT) : summary;
        title = title.length() > 500 ? title.substring(0, 500) : title;
    }

    static final String COLUMNS = "uri, origin, source, local_id, kind, title, summary, url, author, published, "
            + "updated, starts_at, ends_at, category, latitude, longitude";

    static ItemIndexRow read(ResultSet rows) throws SQLException {
        return new ItemIndexRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                instant(rows, 10), instant(rows, 11), instant(rows, 12), instant(rows, 13), rows.getString(14),
                number(rows, 15), number(rows, 16));
    }

    Object[] values() {
        return new Object[] {uri, origin, source, localId, kind, title, summary, url, author, published, updated,
                startsAt, endsAt, category, latitude, longitude};
    }

    boolean placed() {
        return latitude != null && longitude != null;
    }

    @Nullable
    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    @Nullable
    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
