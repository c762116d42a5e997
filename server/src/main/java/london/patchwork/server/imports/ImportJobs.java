package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code imports} table: jobs queued with their file, claimed by a worker, their progress and their end. */
@Singleton
class ImportJobs {

    /** How long a running job stays its worker's without a sign of progress. */
    static final String LEASE = "interval '2 minutes'";
    static final String INTERRUPTED = "the import was interrupted (the hub stopped while it ran); nothing was stored";
    private static final String COLUMNS = "id, status, format, total, processed, bytes, report::text, reason, "
            + "created_by, created_at, finished_at";

    /** A claimed job with what its worker needs. */
    record Claimed(long id, ImportFormat format, @Nullable String category, @Nullable Long createdBy, byte[] upload) {
    }

    private final JdbcOperations jdbc;

    ImportJobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long queue(ImportFormat format, @Nullable String category, @Nullable Long createdBy, byte[] upload) {
        return jdbc.prepareStatement("insert into imports (format, category, created_by, upload, bytes) "
                + "values (?, ?, ?, ?, ?) returning id", statement -> {
            Sql.bind(statement, format.slug(), category, createdBy);
            statement.setBytes(4, upload);
            statement.setLong(5, upload.length);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Marks jobs whose worker stopped (their lease ran out) failed, then claims the oldest queued job, if any.
     */
    @Transactional
    public Optional<Claimed> claim() {
        jdbc.prepareStatement("update imports set status = 'failed', reason = ?, upload = null, leased_until = null, "
                + "finished_at = now() where status in ('validating', 'writing') and leased_until < now()",
                statement -> Sql.bind(statement, INTERRUPTED).executeUpdate());
        return jdbc.prepareStatement("update imports set status = 'validating', started_at = now(), "
                + "leased_until = now() + " + LEASE + " where id = (select id from imports where status = 'queued' "
                + "order by id limit 1 for update skip locked) returning id, format, category, created_by, upload",
                statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        long createdBy = row.getLong(4);
                        Long by = row.wasNull() ? null : createdBy;
                        return Optional.of(new Claimed(row.getLong(1), ImportFormat.of(row.getString(2)).orElseThrow(),
                                row.getString(3), by, row.getBytes(5)));
                    }
                });
    }

    /** Progress, committed at once even while the job's own transaction is open, so pollers see it. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(long id, String phase, int processed, int total) {
        jdbc.prepareStatement("update imports set status = ?, processed = ?, total = ?, leased_until = now() + "
                + LEASE + " where id = ? and status in ('validating', 'writing')",
                statement -> Sql.bind(statement, phase, processed, total, id).executeUpdate());
    }

    /**
     * Ends a job with its report; inside the import's own transaction for an imported one, so the job is done
     * exactly when its rows are.
     *
     * @throws IllegalStateException when the job is no longer running (it was marked interrupted meanwhile), which
     *                               rolls the import back
     */
    @Transactional
    public void finish(long id, String status, int total, String report) {
        int updated = jdbc.prepareStatement("update imports set status = ?, processed = ?, total = ?, "
                + "report = ?::jsonb, upload = null, leased_until = null, finished_at = now() where id = ? "
                + "and status in ('validating', 'writing')",
                statement -> Sql.bind(statement, status, total, total, report, id).executeUpdate());
        if (updated != 1) {
            throw new IllegalStateException("import " + id + " is no longer running");
        }
    }

    @Transactional
    public void fail(long id, String reason) {
        jdbc.prepareStatement("update imports set status = 'failed', reason = ?, upload = null, leased_until = null, "
                + "finished_at = now() where id = ? and finished_at is null",
                statement -> Sql.bind(statement, Sql.excerpt(reason), id).executeUpdate());
    }

    @Transactional(readOnly = true)
    public Optional<ImportJob> find(long id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from imports where id = ?", statement -> {
            Sql.bind(statement, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(job(row)) : Optional.empty();
            }
        });
    }

    /** The latest jobs, newest first. */
    @Transactional(readOnly = true)
    public List<ImportJob> latest(int limit) {
        return jdbc.prepareStatement("select " + COLUMNS + " from imports order by id desc limit ?", statement -> {
            Sql.bind(statement, limit);
            List<ImportJob> jobs = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    jobs.add(job(row));
                }
            }
            return jobs;
        });
    }

    private static ImportJob job(ResultSet row) throws SQLException {
        int total = row.getInt(4);
        Integer knownTotal = row.wasNull() ? null : total;
        long createdBy = row.getLong(9);
        Long by = row.wasNull() ? null : createdBy;
        var finished = row.getTimestamp(11);
        return new ImportJob(row.getLong(1), row.getString(2), row.getString(3), knownTotal, row.getInt(5),
                row.getLong(6), row.getString(7), row.getString(8), by, row.getTimestamp(10).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
