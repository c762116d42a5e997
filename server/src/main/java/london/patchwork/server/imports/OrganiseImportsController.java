package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.site.FormTokens;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The organisers' imports, {@code /organise/imports}: a file uploaded with its format becomes a job, whose page
 * follows it (reloading itself, no JavaScript) to its report. Organisers and moderators only, as the API.
 */
@Controller("/organise/imports")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseImportsController {

    private final ImportService imports;
    private final ImportPages pages;
    private final FormTokens formTokens;

    OrganiseImportsController(ImportService imports, ImportPages pages, FormTokens formTokens) {
        this.imports = imports;
        this.pages = pages;
        this.formTokens = formTokens;
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        return pages.refusal(authentication).orElseGet(() -> pages.list(request, HttpStatus.OK, null));
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @Nullable @Part("file") CompletedFileUpload file,
                                  @Nullable @Part("format") String format,
                                  @Nullable @Part("_form") String form) throws IOException {
        Optional<HttpResponse<?>> refused = pages.refusal(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, form)) {
            return pages.list(request, HttpStatus.FORBIDDEN, "The form had expired; nothing was imported. Try again.");
        }
        if (file == null || file.getSize() == 0) {
            return pages.list(request, HttpStatus.UNPROCESSABLE_ENTITY, "Choose a file to import.");
        }
        if (file.getSize() > ImportService.MAX_BYTES) {
            return pages.list(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, ImportUploads.tooLarge().getMessage());
        }
        try {
            ImportFormat chosen = ImportFormat.of(format).orElseThrow(() -> new ImportRefused(400,
                    "Choose the file's format."));
            long id = imports.queue(chosen, file.getBytes(), Viewers.actorId(authentication).orElse(null), null);
            return HttpResponse.seeOther(URI.create("/organise/imports/" + id));
        } catch (ImportRefused unreadable) {
            return pages.list(request, HttpStatus.valueOf(unreadable.status()), unreadable.getMessage());
        }
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id, @Nullable Authentication authentication) {
        return pages.refusal(authentication).orElseGet(() -> Ids.parse(id).flatMap(imports::job)
                .<HttpResponse<?>>map(pages::job).orElseGet(pages::missing));
    }
}
