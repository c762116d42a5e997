package london.patchwork.server.assets;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Listed assets matching a query, on the (latitude, longitude) and full-text indexes: the SQL is built from the
 * filters given, every value bound as a parameter.
 */
@Singleton
public class AssetSearch {

    private final JdbcOperations jdbc;
    private final AssetRepository assets;

    public AssetSearch(JdbcOperations jdbc, AssetRepository assets) {
        this.jdbc = jdbc;
        this.assets = assets;
    }

    /** One page, by name; one more than {@code limit} when there is a next page. */
    @Transactional(readOnly = true)
    public List<Asset> find(AssetQuery query) {
        StringBuilder sql = new StringBuilder("select id from assets where deleted_at is null and review = 'approved'");
        List<Object> values = new ArrayList<>();
        if (query.box() != null) {
            AssetQuery.Box box = query.box();
            sql.append(" and latitude between ? and ?");
            values.add(box.south());
            values.add(box.north());
            sql.append(box.west() <= box.east() ? " and longitude between ? and ?" : " and (longitude >= ? or longitude <= ?)");
            values.add(box.west());
            values.add(box.east());
        }
        ListedAssets.narrow(sql, values, query.category(), query.kind(), query.tag(), query.text());
        sql.append(" order by lower(name), id limit ? offset ?");
        values.add(query.limit() + 1);
        values.add(query.offset());
        List<Long> ids = jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<Long> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return assets.findByIdIn(ids).stream().sorted(Comparator.comparing(asset -> order.get(asset.id()))).toList();
    }
}
