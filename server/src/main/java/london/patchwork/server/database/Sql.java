package london.patchwork.server.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Binding helpers for hand-written SQL (row locks, arrays and RETURNING need it), and error excerpts for logs. */
public final class Sql {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Sql() {
    }

    /** Binds positional parameters: strings, numbers, booleans, instants, durations (as seconds) and nulls. */
    public static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            switch (values[i]) {
                case null -> statement.setNull(index, Types.NULL);
                case String s -> statement.setString(index, s);
                case Long l -> statement.setLong(index, l);
                case Integer n -> statement.setInt(index, n);
                case Boolean b -> statement.setBoolean(index, b);
                case Double d -> statement.setDouble(index, d);
                case Instant t -> statement.setObject(index, t.atOffset(ZoneOffset.UTC));
                case Duration d -> statement.setDouble(index, d.toMillis() / 1000.0);
                case String[] array -> statement.setArray(index, statement.getConnection().createArrayOf("text", array));
                default -> throw new IllegalArgumentException("cannot bind " + values[i].getClass());
            }
        }
        return statement;
    }

    /** An error message cut to a size the operator view and a log line can carry. */
    public static String excerpt(String text) {
        String flat = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        return flat.length() <= 500 ? flat : flat.substring(0, 500) + "…";
    }

    /**
     * A LIKE pattern (PostgreSQL's default escape, the backslash) matching what lies under an origin:
     * {@code origin/...}. The origin's own wildcards are escaped, and the slash keeps {@code http://host:80} from
     * matching {@code http://host:8080}.
     */
    public static String under(String origin) {
        return origin.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
    }
}
