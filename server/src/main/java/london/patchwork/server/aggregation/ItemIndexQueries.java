package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The views' reads of the index. Each asks for one more row than the page holds, so the caller knows whether there
 * is a next page without counting.
 */
@Singleton
class ItemIndexQueries {

    private static final String SELECT = "select " + ItemIndexRow.COLUMNS + " from hub_items ";

    private final JdbcOperations jdbc;

    ItemIndexQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Posts, articles and threads, newest first; from one origin when {@code origin} is set. */
    @Transactional(readOnly = true)
    List<ItemIndexRow> feed(@Nullable String origin, int limit, int offset) {
        return origin == null
                ? rows(SELECT + "where kind in ('post', 'article', 'thread') order by published desc, id desc "
                + "limit ? offset ?", limit, offset)
                : rows(SELECT + "where kind in ('post', 'article', 'thread') and origin = ? "
                + "order by published desc, id desc limit ? offset ?", origin, limit, offset);
    }

    /**
     * Events not yet over at {@code from}, soonest first; from these origins when {@code origins} is not null,
     * in this category when {@code category} is set.
     */
    @Transactional(readOnly = true)
    List<ItemIndexRow> upcoming(Instant from, @Nullable List<String> origins, @Nullable String category, int limit,
                                int offset) {
        List<Object> values = new ArrayList<>(List.of(from));
        StringBuilder sql = new StringBuilder(SELECT + "where kind = 'event' and coalesce(ends_at, starts_at) >= ?");
        if (origins != null) {
            sql.append(" and origin = any (?)");
            values.add(origins.toArray(String[]::new));
        }
        if (category != null) {
            sql.append(" and category = ?");
            values.add(category);
        }
        sql.append(" order by starts_at, id limit ? offset ?");
        values.add(limit);
        values.add(offset);
        return rows(sql.toString(), values.toArray());
    }

    /** The event categories named by upcoming events, for the calendar's filter. */
    @Transactional(readOnly = true)
    List<String> categories(Instant from) {
        return jdbc.prepareStatement("select distinct category from hub_items where kind = 'event' "
                + "and category is not null and coalesce(ends_at, starts_at) >= ? order by category limit 200",
                statement -> {
                    List<String> found = new ArrayList<>();
                    try (var rows = Sql.bind(statement, from).executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getString(1));
                        }
                    }
                    return found;
                });
    }

    /**
     * Placed assets (and events, when {@code events}), by name; from one origin when {@code origin} is set, inside
     * {@code box} ({@code minLon, minLat, maxLon, maxLat}) when it is not null.
     */
    @Transactional(readOnly = true)
    List<ItemIndexRow> placed(@Nullable String origin, @Nullable double[] box, int limit, int offset) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT + "where kind = 'asset' and latitude is not null "
                + "and longitude is not null");
        if (origin != null) {
            sql.append(" and origin = ?");
            values.add(origin);
        }
        if (box != null) {
            sql.append(" and point(longitude, latitude) <@ box(point(?, ?), point(?, ?))");
            for (double edge : box) {
                values.add(edge);
            }
        }
        sql.append(" order by lower(title), id limit ? offset ?");
        values.add(limit);
        values.add(offset);
        return rows(sql.toString(), values.toArray());
    }

    /**
     * One full-text search over everything, best match first ({@code websearch_to_tsquery}: words, "phrases",
     * {@code or}, {@code -not}), in English and as written (for names); of one kind when {@code kind} is set.
     */
    @Transactional(readOnly = true)
    List<ItemIndexRow> search(String words, @Nullable String kind, int limit, int offset) {
        String match = "(search @@ websearch_to_tsquery('english', ?) or search @@ websearch_to_tsquery('simple', ?))";
        String rank = "ts_rank(search, websearch_to_tsquery('english', ?)) "
                + "+ ts_rank(search, websearch_to_tsquery('simple', ?))";
        return kind == null
                ? rows(SELECT + "where " + match + " order by " + rank + " desc, published desc, id limit ? offset ?",
                words, words, words, words, limit, offset)
                : rows(SELECT + "where " + match + " and kind = ? order by " + rank
                + " desc, published desc, id limit ? offset ?", words, words, kind, words, words, limit, offset);
    }

    private List<ItemIndexRow> rows(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            List<ItemIndexRow> found = new ArrayList<>();
            try (var rows = Sql.bind(statement, values).executeQuery()) {
                while (rows.next()) {
                    found.add(ItemIndexRow.read(rows));
                }
            }
            return found;
        });
    }
}
