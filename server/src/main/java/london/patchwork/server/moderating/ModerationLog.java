package london.patchwork.server.moderating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every moderation action, with who took it, when, on what, and why. Written in the action's transaction. */
@Singleton
public class ModerationLog {

    /** One logged action. */
    public record Entry(long id, Instant at, String by, String action, String target, String reason,
                        @Nullable Long reportId) {
    }

    private final JdbcOperations jdbc;

    public ModerationLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(Acting by, String action, String target, String reason, @Nullable Long reportId) {
        jdbc.prepareStatement("""
                insert into moderation_log (by_actor_id, by_label, action, target, reason, report_id)
                values (?, ?, ?, ?, ?, ?)""", s -> Sql.bind(s, by.actorId(), by.label(), action, target,
                reason == null ? "" : reason, reportId).executeUpdate());
    }

    /** Newest first; {@code beforeId} pages back (0: from the newest). */
    @Transactional(readOnly = true)
    public List<Entry> recent(int limit, long beforeId) {
        return jdbc.prepareStatement("""
                select id, at, by_label, action, target, reason, report_id from moderation_log
                where (? = 0 or id < ?) order by id desc limit ?""", s -> {
            Sql.bind(s, beforeId, beforeId, limit);
            List<Entry> entries = new ArrayList<>();
            try (var row = s.executeQuery()) {
                while (row.next()) {
                    long report = row.getLong(7);
                    entries.add(new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.wasNull() ? null : report));
                }
            }
            return entries;
        });
    }
}
