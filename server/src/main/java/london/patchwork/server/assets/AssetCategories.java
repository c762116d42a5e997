package london.patchwork.server.assets;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hub's ABCD categories: the six every hub has, then any its organisers added. */
@Singleton
public class AssetCategories {

    private final JdbcOperations jdbc;

    public AssetCategories(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Slug to name, the built-in six first. */
    @Transactional(readOnly = true)
    public Map<String, String> all() {
        return jdbc.prepareStatement("select slug, name from asset_categories order by position",
                statement -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            names.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    return names;
                });
    }

    /**
     * Adds one of the hub's own categories.
     *
     * @return false when a category has that slug already
     */
    @Transactional
    public boolean add(String slug, String name) {
        return jdbc.prepareStatement("insert into asset_categories (slug, name) values (?, ?) on conflict do nothing",
                statement -> {
                    statement.setString(1, slug);
                    statement.setString(2, name);
                    return statement.executeUpdate() == 1;
                });
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return all().containsKey(slug);
    }

    @Transactional(readOnly = true)
    public java.util.List<String> slugs() {
        return new ArrayList<>(all().keySet());
    }
}
