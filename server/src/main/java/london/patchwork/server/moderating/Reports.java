package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reports about an account and some of its posts, from members and from remote servers ({@code Flag}). */
@Singleton
public class Reports {

    /** Mastodon's report categories. */
    public static final List<String> CATEGORIES = List.of("spam", "legal", "violation", "other");

    /**
     * One report.
     *
     * @param reporterActorId the member who reported, or the remote actor that sent the Flag; null once gone
     * @param statusUris      the posts it names, by ActivityPub id
     * @param forward         whether the reporter asked for it to go to the account's server too
     */
    public record Report(long id, @Nullable Long reporterActorId, long targetActorId, List<String> statusUris,
                         String comment, String category, boolean forward, Instant createdAt,
                         @Nullable Instant forwardedAt, @Nullable Instant resolvedAt, @Nullable String resolvedBy,
                         @Nullable String resolution) {

        public boolean open() {
            return resolvedAt == null;
        }
    }

    private static final String COLUMNS = "id, reporter_actor_id, target_actor_id, status_uris, comment, category, "
            + "forward, created_at, forwarded_at, resolved_at, resolved_by, resolution";

    private final JdbcOperations jdbc;

    public Reports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files a report; a remote one ({@code activityUri} set) only once.
     *
     * @return the new report's id; empty when that Flag had been filed before
     */
    @Transactional
    public Optional<Long> file(@Nullable Long reporterActorId, long targetActorId, List<String> statusUris,
                               String comment, String category, boolean forward, @Nullable String activityUri) {
        return jdbc.prepareStatement("""
                insert into reports (reporter_actor_id, target_actor_id, status_uris, comment, category, forward,
                                     activity_uri)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (activity_uri) do nothing returning id""", s -> {
            Sql.bind(s, reporterActorId, targetActorId, statusUris.toArray(String[]::new), comment, category, forward,
                    activityUri);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<Report> find(long id) {
        return query("where id = ?", id).stream().findFirst();
    }

    /** Newest first: the open ones, or the resolved ones. */
    @Transactional(readOnly = true)
    public List<Report> list(boolean resolved, int limit) {
        return query("where (resolved_at is not null) = ? order by id desc limit ?", resolved, limit);
    }

    /** @return false when it was resolved already */
    @Transactional
    public boolean resolve(long id, String by, String resolution) {
        return jdbc.prepareStatement("""
                update reports set resolved_at = now(), resolved_by = ?, resolution = ?
                where id = ? and resolved_at is null""", s -> Sql.bind(s, by, resolution, id).executeUpdate()) == 1;
    }

    @Transactional
    public void reopen(long id) {
        jdbc.prepareStatement("update reports set resolved_at = null, resolved_by = null, resolution = null where id = ?",
                s -> Sql.bind(s, id).executeUpdate());
    }

    @Transactional
    public void forwarded(long id) {
        jdbc.prepareStatement("update reports set forwarded_at = now() where id = ?",
                s -> Sql.bind(s, id).executeUpdate());
    }

    private List<Report> query(String rest, Object... values) {
        return jdbc.prepareStatement("select " + COLUMNS + " from reports " + rest, s -> {
            Sql.bind(s, values);
            List<Report> reports = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    reports.add(report(row));
                }
            }
            return reports;
        });
    }

    private static Report report(ResultSet row) throws SQLException {
        long reporter = row.getLong(2);
        Long reporterId = row.wasNull() ? null : reporter;
        String[] uris = (String[]) row.getArray(4).getArray();
        return new Report(row.getLong(1), reporterId, row.getLong(3), Arrays.asList(uris), row.getString(5),
                row.getString(6), row.getBoolean(7), row.getTimestamp(8).toInstant(), instant(row, 9),
                instant(row, 10), row.getString(11), row.getString(12));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
