package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.imports.ImportJobView;
import london.patchwork.web.imports.ImportsView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders the organisers' import pages from jobs and their reports. */
@Singleton
class ImportPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final int REFRESH_SECONDS = 2;
    private static final List<ImportsView.Format> FORMATS = List.of(
            new ImportsView.Format("csv", "Assets CSV"), new ImportsView.Format("geojson", "Assets GeoJSON"),
            new ImportsView.Format("kumu", "Kumu network (JSON)"),
            new ImportsView.Format("oruk", "Open Referral UK services (JSON)"));

    private final ImportService imports;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    ImportPages(ImportService imports, FormTokens formTokens, SiteContext site, Uris uris) {
        this.imports = imports;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** Sign in first; then organisers and moderators only. */
    Optional<HttpResponse<?>> refusal(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.of(HttpResponse.seeOther(URI.create("/sign-in")));
        }
        if (!ImportsApiController.mayImport(authentication)) {
            return Optional.of(site.notice(HttpStatus.FORBIDDEN, "For organisers only",
                    "Only the hub's organisers and moderators can import assets.", "/account", "Your account"));
        }
        return Optional.empty();
    }

    HttpResponse<?> list(HttpRequest<?> request, HttpStatus status, @Nullable String error) {
        String token = formTokens.token(request);
        List<ImportsView.Job> jobs = imports.latest(20).stream().map(job -> new ImportsView.Job(
                Long.toString(job.id()), job.format(), job.status(), WHEN.format(job.createdAt()), summary(job)))
                .toList();
        ImportsView view = new ImportsView(site.site(), PageMeta.of("Import assets", "Import community assets into "
                + site.site().hubName(), uris.base().resolve("/organise/imports").toString()), token, error, FORMATS,
                jobs);
        return HttpResponse.status(status).body(Pages.render("imports/organise", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }

    HttpResponse<?> job(ImportJob job) {
        ImportJobView.Report report = imports.report(job).map(found -> new ImportJobView.Report(found.read(),
                found.imported(), found.rejected(), found.assets(), found.connections(), found.rejections().stream()
                .map(row -> new ImportJobView.Rejected(row.place(), row.field(), row.message())).toList(),
                found.warnings())).orElse(null);
        PageMeta meta = PageMeta.of("Import " + job.id(), "An import of assets into " + site.site().hubName(),
                uris.base().resolve("/organise/imports/" + job.id()).toString());
        ImportJobView view = new ImportJobView(site.site(), job.finished() ? meta : meta.refreshingEvery(
                REFRESH_SECONDS), Long.toString(job.id()), job.format(), job.status(), phase(job), job.finished(),
                job.processed(), job.total() == null ? 0 : job.total(), job.reason(), report);
        return HttpResponse.ok(Pages.render("imports/job", view)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }

    HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such import", "There is no import with that number.",
                "/organise/imports", "All imports");
    }

    private static String phase(ImportJob job) {
        return switch (job.status()) {
            case "queued" -> "Waiting to start.";
            case "validating" -> "Checking every row.";
            case "writing" -> "Checked; importing.";
            case "imported" -> "Imported.";
            case "rejected" -> "Rejected: some rows are wrong, so nothing was imported.";
            default -> "Failed: nothing was imported.";
        };
    }

    private static String summary(ImportJob job) {
        return job.total() == null ? "" : "(" + job.processed() + " of " + job.total() + ")";
    }
}
