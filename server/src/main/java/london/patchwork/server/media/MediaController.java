package london.patchwork.server.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;

import java.io.IOException;
import java.util.Optional;

/**
 * Mastodon's media API: an image is uploaded first, then attached to a post by its id (media_ids). Only its owner
 * sees or changes it through the API; the files themselves are served by their unguessable names.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MediaController {

    private static final String NOT_FOUND = "Record not found";

    private final MediaService media;
    private final Voices voices;

    public MediaController(MediaService media, Voices voices) {
        this.media = media;
        this.voices = voices;
    }

    /** The body of {@code PUT /api/v1/media/:id}. */
    @Serdeable
    public record DescriptionForm(@Nullable String description) {
    }

    @Post("/api/v2/media")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:media")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> upload(@Nullable @Part("file") CompletedFileUpload file,
                                  @Nullable @Part("description") String description,
                                  Authentication authentication) throws IOException {
        Optional<Long> owner = voices.idOf(authentication);
        if (owner.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        if (file == null || file.getSize() == 0) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed: File can't be blank");
        }
        if (file.getSize() > MediaService.MAX_IMAGE_BYTES) {
            return ApiError.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "File is too large: images are limited to 10 MB");
        }
        try {
            return HttpResponse.ok(MediaService.toJson(media.upload(owner.get(), file.getBytes(), description)));
        } catch (MediaService.Refused refused) {
            return ApiError.of(HttpStatus.valueOf(refused.status()), refused.getMessage());
        }
    }

    @Post("/api/v1/media")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:media")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> uploadV1(@Nullable @Part("file") CompletedFileUpload file,
                                    @Nullable @Part("description") String description,
                                    Authentication authentication) throws IOException {
        return upload(file, description, authentication);
    }

    @Get("/api/v1/media/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:media")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> show(@PathVariable String id, Authentication authentication) {
        return voices.idOf(authentication).flatMap(owner -> media.findOwn(owner, id))
                .<HttpResponse<?>>map(found -> HttpResponse.ok(MediaService.toJson(found)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    @Put("/api/v1/media/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:media")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> describe(@PathVariable String id, @Body DescriptionForm form,
                                    Authentication authentication) {
        Optional<Long> owner = voices.idOf(authentication);
        if (owner.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        try {
            return HttpResponse.ok(MediaService.toJson(media.describe(owner.get(), id, form.description())));
        } catch (MediaService.Refused refused) {
            return ApiError.of(HttpStatus.valueOf(refused.status()), refused.getMessage());
        }
    }

    @Get("/media/{name}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> serve(@PathVariable String name) {
        return media.served(name).<HttpResponse<?>>map(served -> HttpResponse.ok(
                                new SystemFile(served.path().toFile(), MediaType.of(served.contentType())))
                        // A file never changes: a new upload gets a new name.
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .header("X-Content-Type-Options", "nosniff"))
                .orElseGet(() -> HttpResponse.notFound());
    }
}
