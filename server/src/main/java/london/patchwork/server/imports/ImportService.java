package london.patchwork.server.imports;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports assets (and, from Kumu, the ties between them) from a file: read whole, every row checked before anything
 * is written, then all written in one transaction or nothing at all. Small files are imported while the client
 * waits; large ones are queued as a job whose progress can be polled ({@link ImportWorker} runs them).
 */
@Singleton
public class ImportService {

    /** The largest file an import takes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** A job was queued and committed: a worker may look. */
    public record Queued(long id) {
    }

    private final AssetService assets;
    private final ImportTies ties;
    private final ImportWriter writer;
    private final ImportJobs jobs;
    private final JsonMapper json;
    private final ApplicationEventPublisher<Queued> queued;

    ImportService(AssetService assets, ImportTies ties, ImportWriter writer, ImportJobs jobs, JsonMapper json,
                  ApplicationEventPublisher<Queued> queued) {
        this.assets = assets;
        this.ties = ties;
        this.writer = writer;
        this.jobs = jobs;
        this.json = json;
        this.queued = queued;
    }

    /**
     * Imports a file now.
     *
     * @param actorId  the member importing, or null for the organiser token (the hub)
     * @param category the category for rows that name none, or null for {@code associations}
     * @throws ImportRefused when the file as a whole cannot be read
     */
    public ImportReport importNow(ImportFormat format, byte[] file, @Nullable Long actorId,
                                  @Nullable String category) {
        return run(format, file, actorId, category, Progress.NONE, written -> {
        });
    }

    /** Queues a file to be imported by a worker; its bytes are checked to be UTF-8 first. */
    public long queue(ImportFormat format, byte[] file, @Nullable Long actorId, @Nullable String category) {
        Utf8.check(file);
        long id = jobs.queue(format, blankToNull(category), actorId, file);
        queued.publishEvent(new Queued(id));
        return id;
    }

    public Optional<ImportJob> job(long id) {
        return jobs.find(id);
    }

    public List<ImportJob> latest(int limit) {
        return jobs.latest(limit);
    }

    /** A job's report read back, once it has one. */
    public Optional<ImportReport> report(ImportJob job) {
        if (job.report() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(job.report(), ImportReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads, checks and, when no row is rejected, writes.
     *
     * @param finished told the report inside the writing transaction, when there is one
     */
    ImportReport run(ImportFormat format, byte[] file, @Nullable Long actorId, @Nullable String category,
                     Progress progress, Consumer<ImportReport> finished) {
        Utf8.check(file);
        String fallback = blankToNull(category) == null ? "associations" : category.strip();
        ParsedImport parsed = switch (format) {
            case CSV -> CsvAssets.read(file, fallback);
            case GEOJSON -> GeoJsonAssets.read(file, fallback);
            case KUMU -> KumuNetwork.read(file, fallback);
            case ORUK -> OpenReferralServices.read(file, fallback);
        };
        ImportPlan plan = ImportPlan.check(parsed, assets.draftChecks(), ties.checks(), progress);
        List<ImportReport.Row> rejections = plan.rejections().stream().map(ImportReport.Row::of).toList();
        if (!rejections.isEmpty()) {
            return new ImportReport(format.slug(), ImportReport.REJECTED, parsed.read(), 0, plan.rejectedRows(), 0, 0,
                    rejections, parsed.warnings());
        }
        ImportReport[] report = new ImportReport[1];
        writer.write(plan, actorId, progress, written -> {
            report[0] = new ImportReport(format.slug(), ImportReport.IMPORTED, parsed.read(),
                    written.assets() + written.ties(), 0, written.assets(), written.ties(), List.of(),
                    parsed.warnings());
            finished.accept(report[0]);
        });
        return report[0];
    }

    String json(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
