package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An import running as a job, as whoever polls sees it.
 *
 * @param status    {@code queued}, {@code validating}, {@code writing}, then {@code imported}, {@code rejected} or
 *                  {@code failed}
 * @param total     rows in the file, once read
 * @param processed rows the current phase has been through
 * @param report    the report as JSON, once the job has one
 * @param reason    why a failed job failed (the file could not be read, or the hub stopped meanwhile)
 */
public record ImportJob(long id, String status, String format, @Nullable Integer total, int processed, long bytes,
                        @Nullable String report, @Nullable String reason, @Nullable Long createdBy,
                        Instant createdAt, @Nullable Instant finishedAt) {

    public static final String QUEUED = "queued";
    public static final String FAILED = "failed";

    public boolean finished() {
        return finishedAt != null;
    }
}
