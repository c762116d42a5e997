package london.patchwork.server.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a delivery test needs, written straight into a hub's database with plain JDBC: remote actors and their
 * accepted follows (as if their Follow had been accepted), activities as {@code Outbox.publish} stores them,
 * and reads of the delivery_jobs table. Works for a hub in this JVM or in a separate process on the same database.
 */
public final class FederationRows {

    private final String jdbcUrl;

    public FederationRows(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, TestPostgres.username(), "");
    }

    /** The id of a local actor, once the hub has created it. */
    public long localActorId(String username) {
        return queryLong("select id from actors where local and username = ?", username);
    }

    /** A remote actor as the hub stores it after fetching it once. */
    public long addActor(String actorUri, String inbox, String sharedInbox) {
        return queryLong("""
                insert into actors (uri, type, username, host, local, inbox_uri, shared_inbox_uri, fetched_at)
                values (?, 'Person', ?, ?, false, ?, ?, now()) returning id""",
                actorUri, actorUri.substring(actorUri.lastIndexOf('/') + 1), URI.create(actorUri).getRawAuthority(),
                inbox, sharedInbox);
    }

    /** A remote actor that follows a local actor (accepted). */
    public long addFollower(long followedId, String actorUri, String inbox, String sharedInbox) {
        long id = addActor(actorUri, inbox, sharedInbox);
        update("insert into follows (follower_id, followed_id, state, activity_uri, accepted_at) "
                + "values (?, ?, 'accepted', ?, now())", id, followedId, actorUri + "#follow");
        return id;
    }

    /**
     * Many accepted followers at once, described by parallel lists (actor URI, inbox, shared inbox or null): two
     * statements, however many rows.
     */
    public void addFollowers(long followedId, List<String> actorUris, List<String> inboxes, List<String> sharedInboxes) {
        try (Connection connection = connect()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into actors (uri, type, username, host, local, inbox_uri, shared_inbox_uri, fetched_at)
                    select u, 'Person', regexp_replace(u, '^.*/', ''), regexp_replace(u, '^https?://([^/]+)/.*$', '\\1'),
                           false, i, s, now()
                    from unnest(?::text[], ?::text[], ?::text[]) as t(u, i, s)""")) {
                insert.setArray(1, connection.createArrayOf("text", actorUris.toArray()));
                insert.setArray(2, connection.createArrayOf("text", inboxes.toArray()));
                insert.setArray(3, connection.createArrayOf("text", sharedInboxes.toArray()));
                insert.executeUpdate();
            }
            try (PreparedStatement follow = connection.prepareStatement("""
                    insert into follows (follower_id, followed_id, state, activity_uri, accepted_at)
                    select a.id, ?, 'accepted', a.uri || '#follow', now() from actors a where a.uri = any(?::text[])""")) {
                follow.setLong(1, followedId);
                follow.setArray(2, connection.createArrayOf("text", actorUris.toArray()));
                follow.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next activity id, to build its URI before the insert (as {@code Outbox.newActivityUri} does). */
    public long nextActivityId() {
        return queryLong("select nextval(pg_get_serial_sequence('activities', 'id'))");
    }

    /** Stores an activity for delivery, as {@code Outbox.publish} does. */
    public void insertActivity(long id, String uri, long actorId, String rawJson) {
        update("""
                insert into activities (id, uri, type, actor_id, public, raw, fanout_state)
                values (?, ?, 'Create', ?, true, ?::jsonb, 'pending')""", id, uri, actorId, rawJson);
    }

    /** Jobs by state. */
    public Map<String, Long> jobsByState() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select state, count(*) from delivery_jobs group by state");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public long jobs(String state) {
        return jobsByState().getOrDefault(state, 0L);
    }

    /** One job's columns, by its inbox. */
    public Map<String, Object> job(String inbox) {
        return row("select * from delivery_jobs where inbox_uri = ? order by id desc limit 1", inbox);
    }

    /** A domains row, or an empty map. */
    public Map<String, Object> domain(String host) {
        return row("select * from domains where host = ?", host);
    }

    public long queryLong(String sql, Object... values) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, values);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... values) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> row(String sql, Object... values) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, values);
             ResultSet row = statement.executeQuery()) {
            Map<String, Object> columns = new HashMap<>();
            if (row.next()) {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
