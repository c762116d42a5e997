package london.patchwork.server.assets;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hub's ABCD categories: the six every hub has, then any its organisers added. */
@Singleton
@Transactional(readOnly = true)
public class AssetCategories {

    private final JdbcOperations jdbc;

    public AssetCategories(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Slug to name, the built-in six first. */
    public Map<String, String> all() {
        return jdbc.prepareStatement("select slug, name from asset_categories order by built_in desc, created_at, slug",
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

    public boolean exists(String slug) {
        return all().containsKey(slug);
    }

    public java.util.List<String> slugs() {
        return new ArrayList<>(all().keySet());
    }
}
