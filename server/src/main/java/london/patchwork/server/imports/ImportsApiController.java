package london.patchwork.server.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code POST /api/patchwork/imports}: a file of assets (CSV, GeoJSON, Kumu, Open Referral UK) imported whole or not
 * at all, by organisers and moderators (or the organiser token). The answer is the report (201, or 422 with every
 * rejected row), or, with {@code Prefer: respond-async}, 202 and a job to poll at {@code /api/patchwork/imports/{id}}.
 */
@Controller("/api/patchwork/imports")
@Secured({Roles.MEMBER, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsApiController {

    private final ImportService imports;

    ImportsApiController(ImportService imports) {
        this.imports = imports;
    }

    /** A job as pollers see it. */
    @Serdeable
    record JobJson(String id, String status, String format, long bytes, @Nullable Integer total, int processed,
                   @Nullable ImportReport report, @Nullable String reason,
                   @JsonProperty("created_at") String createdAt, @JsonProperty("finished_at") @Nullable String finishedAt) {
    }

    @Post
    @OAuthScope("write")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> create(HttpRequest<?> request, @Nullable @QueryValue String format,
                                  @Nullable @QueryValue String category, @Body InputStream body,
                                  Authentication authentication) {
        if (!mayImport(authentication)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "only organisers and moderators import");
        }
        try {
            ImportFormat chosen = ImportFormat.chosen(format, request.getHeaders().get(HttpHeaders.CONTENT_TYPE));
            byte[] file = ImportUploads.read(body, request.getContentLength());
            Long actorId = Viewers.actorId(authentication).orElse(null);
            if (ImportUploads.async(request.getHeaders().getAll("Prefer"))) {
                long id = imports.queue(chosen, file, actorId, category);
                return HttpResponse.accepted().body(json(imports.job(id).orElseThrow()))
                        .header(HttpHeaders.LOCATION, "/api/patchwork/imports/" + id)
                        .header("Preference-Applied", "respond-async");
            }
            ImportReport report = imports.importNow(chosen, file, actorId, category);
            return HttpResponse.status(report.wasRejected() ? HttpStatus.UNPROCESSABLE_ENTITY
                    : report.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(report);
        } catch (ImportRefused refused) {
            return ApiError.of(HttpStatus.valueOf(refused.status()), refused.getMessage());
        } catch (IOException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "the upload could not be read: " + e.getMessage());
        }
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id, Authentication authentication) {
        if (!mayImport(authentication)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "only organisers and moderators see imports");
        }
        Optional<ImportJob> job = Ids.parse(id).flatMap(imports::job);
        return job.<HttpResponse<?>>map(found -> HttpResponse.ok(json(found)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such import"));
    }

    static boolean mayImport(@Nullable Authentication authentication) {
        return authentication != null && (authentication.getRoles().contains(Roles.ORGANISER)
                || authentication.getRoles().contains(Roles.MODERATOR));
    }

    private JobJson json(ImportJob job) {
        return new JobJson(Long.toString(job.id()), job.status(), job.format(), job.bytes(), job.total(),
                job.processed(), imports.report(job).orElse(null), job.reason(), job.createdAt().toString(),
                job.finishedAt() == null ? null : job.finishedAt().toString());
    }
}
