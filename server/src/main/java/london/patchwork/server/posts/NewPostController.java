package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.NewPostView;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member writes a post on the site, with an image and its description if they like: the same checks as the
 * Mastodon API ({@link StatusService}, {@link MediaService}), with problems shown beside the fields and what was
 * typed kept. An image already uploaded by a failed try is kept by its id, so it need not be chosen again.
 */
@Controller("/posts/new")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class NewPostController {

    private final Voices voices;
    private final StatusService statuses;
    private final MediaService media;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Pages pages;
    private final Uris uris;

    public NewPostController(Voices voices, StatusService statuses, MediaService media, FormTokens formTokens,
                             SiteContext site, Pages pages, Uris uris) {
        this.voices = voices;
        this.statuses = statuses;
        this.media = media;
        this.formTokens = formTokens;
        this.site = site;
        this.pages = pages;
        this.uris = uris;
    }

    /** What was typed, to show again. */
    private record Typed(String status, String visibility, String spoilerText, String description,
                         @Nullable String mediaId) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (voices.of(authentication).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/posts/new"));
        }
        return page(request, HttpStatus.OK, new Typed("", "public", "", "", null), Map.of(), null);
    }

    @io.micronaut.http.annotation.Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> publish(HttpRequest<?> request, @Nullable Authentication authentication,
                                   @Nullable @Part("_form") String form, @Nullable @Part("status") String status,
                                   @Nullable @Part("visibility") String visibility,
                                   @Nullable @Part("spoiler_text") String spoilerText,
                                   @Nullable @Part("description") String description,
                                   @Nullable @Part("media_id") String mediaId,
                                   @Nullable @Part("image") CompletedFileUpload image) throws IOException {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/posts/new"));
        }
        Typed typed = new Typed(orEmpty(status), visibility == null ? "public" : visibility, orEmpty(spoilerText),
                orEmpty(description), mediaId == null || mediaId.isBlank() ? null : mediaId.strip());
        if (!formTokens.accepts(request, form)) {
            return page(request, HttpStatus.FORBIDDEN, typed, Map.of("form",
                    "The form had expired or did not come from this site; nothing was published. Try again."), null);
        }
        Map<String, String> errors = new HashMap<>();
        String attached = typed.mediaId();
        if (image != null && image.getSize() > 0) {
            try {
                attached = String.valueOf(media.upload(author.get().id(), image.getBytes(),
                        typed.description()).id());
            } catch (MediaService.Refused refused) {
                errors.put(refused.status() == 413 ? "image" : refused.getMessage().contains("description")
                        ? "description" : "image", refused.getMessage().replace("Validation failed: ", ""));
                return page(request, HttpStatus.valueOf(refused.status()), typed, errors, null);
            }
        } else if (attached != null) {
            try {
                media.describe(author.get().id(), attached, typed.description());
            } catch (MediaService.Refused refused) {
                errors.put("description", refused.getMessage().replace("Validation failed: ", ""));
                return page(request, HttpStatus.UNPROCESSABLE_ENTITY, typed, errors, attached);
            }
        }
        Typed kept = new Typed(typed.status(), typed.visibility(), typed.spoilerText(), typed.description(),
                attached);
        try {
            Post post = statuses.publish(author.get(), new StatusForm(typed.status(), typed.visibility(), null,
                    typed.spoilerText(), null, null, attached == null ? List.of() : List.of(attached)), null);
            return HttpResponse.seeOther(URI.create(URI.create(post.uri()).getPath()));
        } catch (StatusService.InvalidStatus invalid) {
            String reason = invalid.getMessage().replace("Validation failed: ", "");
            String field = reason.startsWith("visibility") ? "visibility"
                    : reason.startsWith("spoiler_text") ? "spoilerText"
                    : reason.contains("media_ids") || reason.contains("images") ? "image" : "status";
            errors.put(field, field.equals("status") && reason.startsWith("Text can't be blank")
                    ? "Write something, or choose an image." : reason);
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, kept, errors, attached);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Typed typed, Map<String, String> errors,
                                 @Nullable String keptMedia) {
        String token = formTokens.token(request);
        String keptImage = null;
        String keptId = null;
        if (keptMedia != null) {
            keptImage = voices.idOf(currentAuthentication(request)).flatMap(owner -> media.findOwn(owner, keptMedia))
                    .map(MediaService.Attachment::previewUrl).orElse(null);
            keptId = keptImage == null ? null : keptMedia;
        }
        NewPostView view = new NewPostView(site.site(), PageMeta.of("Write a post", "Write a post on "
                + site.site().hubName(), uris.base().resolve("/posts/new").toString()), token, typed.status(),
                typed.visibility(), typed.spoilerText(), typed.description(), keptId, keptImage, errors);
        return pages.html(request, status, Pages.render("posts/new", view)).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    @Nullable
    private static Authentication currentAuthentication(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).orElse(null);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
