package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.instance.Uris;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the whole network in three queries, however large, and pages of ties for the API. */
@Singleton
class NetworkReader {

    private static final String ASSETS = """
            select id, name, kind, category, uri from assets
            where deleted_at is null and review = 'approved' order by id""";
    private static final String ACTORS = """
            select a.id, a.username, a.display_name, a.uri, a.url, a.local from actors a
            where a.id in (select subject_actor_id from ties where deleted_at is null
                           union select object_actor_id from ties where deleted_at is null)
            order by a.id""";
    private static final String TIES = """
            select id, type, subject_asset_id, subject_actor_id, object_asset_id, object_actor_id, mutual, strength,
                   uri from ties where deleted_at is null order by id""";

    private final JdbcOperations jdbc;
    private final Uris uris;

    NetworkReader(JdbcOperations jdbc, Uris uris) {
        this.jdbc = jdbc;
        this.uris = uris;
    }

    @Transactional(readOnly = true)
    Network read() {
        return jdbc.prepareStatement(ASSETS, assetQuery -> {
            Map<Long, Network.Node> assets = new LinkedHashMap<>();
            try (ResultSet rows = assetQuery.executeQuery()) {
                while (rows.next()) {
                    Network.Node node = asset(rows);
                    assets.put(node.assetId(), node);
                }
            }
            Map<Long, Network.Node> actors = actors();
            List<Network.Link> links = new ArrayList<>();
            jdbc.prepareStatement(TIES, tieQuery -> {
                try (ResultSet rows = tieQuery.executeQuery()) {
                    while (rows.next()) {
                        Network.Node from = end(rows, 3, 4, assets, actors);
                        Network.Node to = end(rows, 5, 6, assets, actors);
                        // A tie to an asset no longer on the map (deleted, waiting, rejected) is not drawn.
                        if (from != null && to != null) {
                            links.add(new Network.Link(rows.getLong(1), from.key(), to.key(), rows.getString(2),
                                    rows.getBoolean(7), rows.getInt(8), rows.getString(9) == null));
                        }
                    }
                }
                return null;
            });
            List<Network.Node> nodes = new ArrayList<>(assets.values());
            nodes.addAll(actors.values());
            return new Network(List.copyOf(nodes), List.copyOf(links));
        });
    }

    @Transactional(readOnly = true)
    List<Tie> page(@Nullable String type, long afterId, int limit) {
        String sql = "select * from ties where deleted_at is null and id > ?"
                + (type == null ? "" : " and type = ?") + " order by id limit ?";
        Object[] values = type == null ? new Object[] {afterId, limit} : new Object[] {afterId, type, limit};
        return jdbc.prepareStatement(sql, statement -> {
            Sql.bind(statement, values);
            List<Tie> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(jdbc.readEntity(rows, Tie.class));
                }
            }
            return found;
        });
    }

    private Map<Long, Network.Node> actors() {
        return jdbc.prepareStatement(ACTORS, statement -> {
            Map<Long, Network.Node> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    boolean local = rows.getBoolean(6);
                    String username = rows.getString(2);
                    String key = local ? uris.actor(username).toString() : rows.getString(4);
                    String name = rows.getString(3) == null || rows.getString(3).isBlank() ? username
                            : rows.getString(3);
                    String url = local ? uris.profilePage(username).toString()
                            : rows.getString(5) != null ? rows.getString(5) : key;
                    found.put(id, new Network.Node(key, name, "member", null, null, id, url, local));
                }
            }
            return found;
        });
    }

    private Network.Node asset(ResultSet rows) throws SQLException {
        long id = rows.getLong(1);
        String uri = rows.getString(5);
        String key = uri != null ? uri : uris.page("/assets/" + id).toString();
        return new Network.Node(key, rows.getString(2), rows.getString(3), rows.getString(4), id, null, key,
                uri == null);
    }

    @Nullable
    private static Network.Node end(ResultSet rows, int assetColumn, int actorColumn, Map<Long, Network.Node> assets,
                                    Map<Long, Network.Node> actors) throws SQLException {
        long asset = rows.getLong(assetColumn);
        if (!rows.wasNull()) {
            return assets.get(asset);
        }
        return actors.get(rows.getLong(actorColumn));
    }
}
