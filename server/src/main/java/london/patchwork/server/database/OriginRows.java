package london.patchwork.server.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * Deletes the rows of one table whose URI lies under an origin ({@code scheme://host[:port]/...}): how each
 * capability forgets what it kept from a hub that was left. The capability names its own table, column and any
 * further condition (its local rows, say); the origin is bound as an escaped LIKE pattern ({@link Sql#under}), so
 * {@code http://host:80} never reaches {@code http://host:8080} and an origin's {@code _} matches only itself.
 * Runs in the caller's transaction.
 */
@Singleton
public class OriginRows {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcOperations jdbc;

    public OriginRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param table     the capability's table (a fixed name in its code, never input)
     * @param column    the column holding the row's URI
     * @param condition a fixed further SQL condition on the rows, or {@code "true"}
     * @return how many rows were deleted
     */
    public long delete(String table, String column, String condition, String origin) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + column);
        }
        String sql = "delete from " + table + " where (" + condition + ") and " + column + " like ?";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, Sql.under(origin));
            return (long) statement.executeUpdate();
        });
    }
}
