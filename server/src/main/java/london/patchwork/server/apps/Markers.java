package london.patchwork.server.apps;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The markers table: one row per member and timeline, its version counted up on each save. */
@Singleton
public class Markers {

    private final JdbcOperations jdbc;

    public Markers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Marker> of(long memberActorId) {
        return jdbc.prepareStatement("select timeline, last_read_id, version, updated_at from markers"
                + " where member_actor_id = ? order by timeline", statement -> {
            Sql.bind(statement, memberActorId);
            List<Marker> markers = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    markers.add(read(rows));
                }
            }
            return markers;
        });
    }

    @Transactional
    public void save(long memberActorId, String timeline, String lastReadId) {
        jdbc.prepareStatement("""
                insert into markers (member_actor_id, timeline, last_read_id) values (?, ?, ?)
                on conflict (member_actor_id, timeline) do update
                    set last_read_id = excluded.last_read_id, version = markers.version + 1, updated_at = now()""",
                statement -> Sql.bind(statement, memberActorId, timeline, lastReadId).executeUpdate());
    }

    private static Marker read(ResultSet row) throws SQLException {
        return new Marker(row.getString("timeline"), row.getString("last_read_id"), row.getInt("version"),
                row.getTimestamp("updated_at").toInstant());
    }
}
