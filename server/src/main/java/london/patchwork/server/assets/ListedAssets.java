package london.patchwork.server.assets;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's own listed assets (approved, not deleted, not a peer's) as open data reads them: by id for the streamed
 * exports, one page with its total for Open Referral UK, one by its UUID. Hand-written SQL because the entity does
 * not map the {@code uuid} column (the database fills it in).
 */
@Singleton
class ListedAssets {

    static final String LISTED = "deleted_at is null and review = 'approved' and uri is null";
    /** Everything held here: the hub's own listed assets and peers' kept ones (listed without review). */
    static final String HELD = "deleted_at is null and review = 'approved'";
    private static final String COLUMNS = "id, uuid, kind, category, name, description, website, email, phone, "
            + "status, eligibility, fees, schedule, languages, location_name, address, postcode, latitude, longitude, "
            + "accessibility, tags, created_at, updated_at, uri";

    private final JdbcOperations jdbc;
    private final Uris uris;

    ListedAssets(JdbcOperations jdbc, Uris uris) {
        this.jdbc = jdbc;
        this.uris = uris;
    }

    /** The next {@code limit} listed assets after the one with id {@code lastId}, by id: keyset paging. */
    @Transactional(readOnly = true)
    List<AssetService.Listed> after(long lastId, int limit) {
        return after(LISTED, lastId, limit);
    }

    /** The next {@code limit} assets held here (the hub's own and peers'), after an id, by id. */
    @Transactional(readOnly = true)
    List<AssetService.Listed> heldAfter(long lastId, int limit) {
        return after(HELD, lastId, limit);
    }

    private List<AssetService.Listed> after(String where, long lastId, int limit) {
        return jdbc.prepareStatement("select " + COLUMNS + " from assets where " + where
                + " and id > ? order by id limit ?", statement -> {
            statement.setLong(1, lastId);
            statement.setInt(2, limit);
            return rows(statement);
        });
    }

    @Transactional(readOnly = true)
    Optional<AssetService.Listed> byUuid(UUID uuid) {
        return jdbc.prepareStatement("select " + COLUMNS + " from assets where " + LISTED + " and uuid = ?",
                statement -> {
                    statement.setObject(1, uuid);
                    return rows(statement).stream().findFirst();
                });
    }

    /** How many of the hub's own are listed. */
    @Transactional(readOnly = true)
    long count() {
        return jdbc.prepareStatement("select count(*) from assets where " + LISTED, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** One page by name, and how many match in all. */
    @Transactional(readOnly = true)
    AssetService.Listing page(AssetService.Filter filter, int limit, int offset) {
        return page(LISTED, filter, limit, offset);
    }

    /** The same over everything held here, the hub's own and peers' assets. */
    @Transactional(readOnly = true)
    AssetService.Listing heldPage(AssetService.Filter filter, int limit, int offset) {
        return page(HELD, filter, limit, offset);
    }

    private AssetService.Listing page(String base, AssetService.Filter filter, int limit, int offset) {
        List<Object> values = new ArrayList<>();
        String where = where(base, filter, values);
        long total = jdbc.prepareStatement("select count(*) from assets where " + where, statement -> {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<Object> paged = new ArrayList<>(values);
        paged.add(limit);
        paged.add(offset);
        List<AssetService.Listed> found = jdbc.prepareStatement("select " + COLUMNS + " from assets where " + where
                + " order by lower(name), id limit ? offset ?", statement -> {
            bind(statement, paged);
            return rows(statement);
        });
        return new AssetService.Listing(found, total);
    }

    /** The tags listed assets of these kinds carry, alphabetically. */
    @Transactional(readOnly = true)
    List<String> tags(List<String> kinds) {
        List<Object> values = new ArrayList<>(kinds);
        return jdbc.prepareStatement("select distinct unnest(tags) as tag from assets where " + LISTED
                + " and kind in (" + marks(kinds.size()) + ") order by tag limit 1000", statement -> {
            bind(statement, values);
            List<String> tags = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
            return tags;
        });
    }

    /**
     * What changes whenever the listing does, for an ETag: how many are listed and the latest change to any of the
     * hub's own (a deletion stamps {@code updated_at}; an approval changes the count).
     */
    @Transactional(readOnly = true)
    String version() {
        return jdbc.prepareStatement("select count(*) filter (where " + LISTED + "), "
                + "coalesce((extract(epoch from max(updated_at)) * 1000000)::bigint, 0) from assets where uri is null",
                statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1) + "-" + rows.getLong(2);
                    }
                });
    }

    /** The same for everything held here: how many, and the latest change to any asset, own or a peer's. */
    @Transactional(readOnly = true)
    String heldVersion() {
        return jdbc.prepareStatement("select count(*) filter (where " + HELD + "), "
                + "coalesce((extract(epoch from max(updated_at)) * 1000000)::bigint, 0) from assets", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1) + "-" + rows.getLong(2);
                    }
                });
    }

    private static String where(String base, AssetService.Filter filter, List<Object> values) {
        StringBuilder sql = new StringBuilder(base);
        sql.append(" and kind in (").append(marks(filter.kinds().size())).append(')');
        values.addAll(filter.kinds());
        narrow(sql, values, filter.category(), filter.kind(), filter.tag(), filter.text());
        if (filter.tagged()) {
            sql.append(" and cardinality(tags) > 0");
        }
        if (filter.modifiedAfter() != null) {
            sql.append(" and updated_at >= ?");
            values.add(Timestamp.from(filter.modifiedAfter()));
        }
        if (filter.postcode() != null) {
            // Letters and digits only reach here, so the pattern holds no wildcard of the caller's.
            sql.append(" and replace(postcode, ' ', '') like ?");
            values.add(filter.postcode() + "%");
        }
        if (filter.located()) {
            sql.append(" and (latitude is not null or address <> '' or postcode <> '' or location_name <> '')");
        }
        return sql.toString();
    }

    /** The filters the assets API and open data share: each optional, each value bound as a parameter. */
    static void narrow(StringBuilder sql, List<Object> values, String category, String kind, String tag,
                       String text) {
        if (category != null) {
            sql.append(" and category = ?");
            values.add(category);
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            values.add(kind);
        }
        if (tag != null) {
            sql.append(" and tags @> array[?]::text[]");
            values.add(tag);
        }
        if (text != null) {
            sql.append(" and search @@ websearch_to_tsquery('english', ?)");
            values.add(text);
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(1, count), "?"));
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private List<AssetService.Listed> rows(PreparedStatement statement) throws SQLException {
        List<AssetService.Listed> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(listed(rows));
            }
        }
        return found;
    }

    private AssetService.Listed listed(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        double latitude = row.getDouble("latitude");
        Double lat = row.wasNull() ? null : latitude;
        double longitude = row.getDouble("longitude");
        Double lon = row.wasNull() ? null : longitude;
        return new AssetService.Listed(id, row.getObject("uuid", UUID.class), row.getString("kind"),
                row.getString("category"), row.getString("name"), row.getString("description"),
                row.getString("website"), row.getString("email"), row.getString("phone"), row.getString("status"),
                row.getString("eligibility"), row.getString("fees"), row.getString("schedule"),
                strings(row.getArray("languages")), row.getString("location_name"), row.getString("address"),
                row.getString("postcode"), lat, lon, row.getString("accessibility"), strings(row.getArray("tags")),
                uris.page("/assets/" + id), instant(row, "created_at"), instant(row, "updated_at"),
                row.getString("uri"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
