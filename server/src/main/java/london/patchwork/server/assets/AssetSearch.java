package london.patchwork.server.assets;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Listed assets matching a query, on the point's GiST, the full-text and the name indexes: the SQL is built from the
 * filters given, every value bound as a parameter.
 */
@Singleton
public class AssetSearch {

    /** Square degrees above which a box is wide: about 30 by 30 km in London, a borough being about 7 by 7. */
    static final double WIDE = 0.1;

    private final JdbcOperations jdbc;
    private final AssetRepository assets;

    public AssetSearch(JdbcOperations jdbc, AssetRepository assets) {
        this.jdbc = jdbc;
        this.assets = assets;
    }

    /** An asset on the map: just enough to draw its marker and list it. */
    public record Point(long id, String name, String kind, String category, String postcode, double latitude,
                        double longitude) {
    }

    /** One page, by name; one more than {@code limit} when there is a next page. */
    @Transactional(readOnly = true)
    public List<Asset> find(AssetQuery query) {
        List<Object> values = new ArrayList<>();
        String sql = "select id from assets where " + where(query, values)
                + " order by lower(name), id limit ? offset ?";
        values.add(query.limit() + 1);
        values.add(query.offset());
        List<Long> ids = select(sql, values, rows -> rows.getLong(1));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return assets.findByIdIn(ids).stream().sorted(Comparator.comparing(asset -> order.get(asset.id()))).toList();
    }

    /** The placed ones among the same matches, by name, without loading whole rows; one more when there are more. */
    @Transactional(readOnly = true)
    public List<Point> points(AssetQuery query) {
        List<Object> values = new ArrayList<>();
        String sql = "select id, name, kind, category, postcode, latitude, longitude from assets where "
                + where(query, values) + " and latitude is not null order by lower(name), id limit ? offset ?";
        values.add(query.limit() + 1);
        values.add(query.offset());
        return select(sql, values, rows -> new Point(rows.getLong(1), rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getDouble(6), rows.getDouble(7)));
    }

    private static String where(AssetQuery query, List<Object> values) {
        StringBuilder sql = new StringBuilder("deleted_at is null and review = 'approved'");
        if (query.box() != null) {
            AssetQuery.Box box = query.box();
            if (box.west() <= box.east() && (box.east() - box.west()) * (box.north() - box.south()) > WIDE) {
                // PostgreSQL guesses that any box holds few points; for a wide one, plain ranges let it see how many
                // match, and walk the names in order when most do.
                sql.append(" and latitude between ? and ? and longitude between ? and ?");
                values.addAll(List.of(box.south(), box.north(), box.west(), box.east()));
            } else if (box.west() <= box.east()) {
                // The point's GiST index reads only what is inside the box.
                sql.append(" and point(longitude, latitude) <@ box(point(?, ?), point(?, ?))");
                values.addAll(List.of(box.west(), box.south(), box.east(), box.north()));
            } else {
                // Across the antimeridian: two boxes.
                sql.append(" and (point(longitude, latitude) <@ box(point(?, ?), point(180, ?))"
                        + " or point(longitude, latitude) <@ box(point(-180, ?), point(?, ?)))");
                values.addAll(List.of(box.west(), box.south(), box.north(), box.south(), box.east(), box.north()));
            }
        }
        ListedAssets.narrow(sql, values, query.category(), query.kind(), query.tag(), query.text());
        return sql.toString();
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> select(String sql, List<Object> values, Row<T> row) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        });
    }
}
