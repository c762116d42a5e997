package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
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
 * A member writes, edits or deletes a post on the site, with an image and its description if they like: the same
 * checks as the Mastodon API ({@link StatusService}, {@link MediaService}), with problems shown beside the fields and
 * what was typed kept. An image already uploaded by a failed try is kept by its id, so it need not be chosen again.
 */
@Controller("/posts")
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
    private record Typed(String status, String visibility, String spoilerText, String language,
                         String description, @Nullable String mediaId) {
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (voices.of(authentication).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/posts/new"));
        }
        return page(request, HttpStatus.OK, null, new Typed("", "public", "", "", "", null), Map.of(), null);
    }

    @Get("/{id}/edit")
    public HttpResponse<?> editForm(HttpRequest<?> request, @Nullable Authentication authentication,
                                    @PathVariable String id) {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/posts/" + id + "/edit"));
        }
        Optional<Post> post = statuses.findOwn(author.get(), id).filter(found -> "Note".equals(found.type()));
        if (post.isEmpty()) {
            return notYours();
        }
        Optional<MediaService.Attachment> image = media.of(post.get().id()).stream().findFirst();
        String imageId = image.map(found -> String.valueOf(found.id())).orElse(null);
        return page(request, HttpStatus.OK, post.get().id(), new Typed(orEmpty(post.get().sourceText()),
                post.get().visibility().apiName(), orEmpty(post.get().summary()), orEmpty(post.get().language()),
                image.map(MediaService.Attachment::description).map(NewPostController::orEmpty).orElse(""), imageId),
                Map.of(), imageId);
    }

    @io.micronaut.http.annotation.Post("/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> edit(HttpRequest<?> request, @Nullable Authentication authentication,
                                @PathVariable String id,
                                @Nullable @Part("_form") String form, @Nullable @Part("status") String status,
                                @Nullable @Part("spoiler_text") String spoilerText,
                                @Nullable @Part("language") String language,
                                @Nullable @Part("description") String description,
                                @Nullable @Part("media_id") String mediaId,
                                @Nullable @Part("image") CompletedFileUpload image) throws IOException {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> post = author.flatMap(found -> statuses.findOwn(found, id))
                .filter(found -> "Note".equals(found.type()));
        if (post.isEmpty()) {
            return notYours();
        }
        return save(request, author.get(), post.get(), form, new Typed(orEmpty(status),
                post.get().visibility().apiName(), orEmpty(spoilerText), orEmpty(language), orEmpty(description),
                mediaId == null || mediaId.isBlank() ? null : mediaId.strip()), image);
    }

    @io.micronaut.http.annotation.Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @PathVariable String id, @Nullable @Body Map<String, String> body) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> post = author.flatMap(found -> statuses.findOwn(found, id));
        if (post.isEmpty() || !formTokens.accepts(request, body == null ? null : body.get(FormTokens.FIELD))) {
            return notYours();
        }
        statuses.delete(author.get(), post.get());
        return HttpResponse.seeOther(URI.create("/account"));
    }

    @io.micronaut.http.annotation.Post("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> publish(HttpRequest<?> request, @Nullable Authentication authentication,
                                   @Nullable @Part("_form") String form, @Nullable @Part("status") String status,
                                   @Nullable @Part("visibility") String visibility,
                                   @Nullable @Part("spoiler_text") String spoilerText,
                                   @Nullable @Part("language") String language,
                                   @Nullable @Part("description") String description,
                                   @Nullable @Part("media_id") String mediaId,
                                   @Nullable @Part("image") CompletedFileUpload image) throws IOException {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/posts/new"));
        }
        return save(request, author.get(), null, form, new Typed(orEmpty(status),
                visibility == null ? "public" : visibility, orEmpty(spoilerText), orEmpty(language),
                orEmpty(description), mediaId == null || mediaId.isBlank() ? null : mediaId.strip()), image);
    }

    /** Publishes ({@code editing} null) or edits; the image is uploaded, or the kept one described, first. */
    private HttpResponse<?> save(HttpRequest<?> request, Actor author, @Nullable Post editing, @Nullable String form,
                                 Typed typed, @Nullable CompletedFileUpload image) throws IOException {
        Long editingId = editing == null ? null : editing.id();
        if (!formTokens.accepts(request, form)) {
            return page(request, HttpStatus.FORBIDDEN, editingId, typed, Map.of("form",
                    "The form had expired or did not come from this site; nothing was saved. Try again."), null);
        }
        Map<String, String> errors = new HashMap<>();
        String attached = typed.mediaId();
        if (image != null && image.getSize() > 0) {
            try {
                attached = String.valueOf(media.upload(author.id(), image.getBytes(),
                        typed.description()).id());
            } catch (MediaService.Refused refused) {
                errors.put(refused.status() == 413 ? "image" : refused.getMessage().contains("description")
                        ? "description" : "image", refused.getMessage().replace("Validation failed: ", ""));
                return page(request, HttpStatus.valueOf(refused.status()), editingId, typed, errors, null);
            }
        } else if (attached != null) {
            try {
                media.describe(author.id(), attached, typed.description());
            } catch (MediaService.Refused refused) {
                errors.put("description", refused.getMessage().replace("Validation failed: ", ""));
                return page(request, HttpStatus.UNPROCESSABLE_ENTITY, editingId, typed, errors, attached);
            }
        }
        Typed kept = new Typed(typed.status(), typed.visibility(), typed.spoilerText(), typed.language(),
                typed.description(), attached);
        try {
            StatusForm status = new StatusForm(typed.status(), typed.visibility(), null, typed.spoilerText(),
                    typed.language(), null, attached == null ? List.of() : List.of(attached));
            Post post = editing == null ? statuses.publish(author, status, null)
                    : statuses.edit(author, editing, status);
            return HttpResponse.seeOther(URI.create(URI.create(post.uri()).getPath()));
        } catch (StatusService.InvalidStatus invalid) {
            String reason = invalid.getMessage().replace("Validation failed: ", "");
            String field = reason.startsWith("visibility") ? "visibility"
                    : reason.startsWith("language") ? "language"
                    : reason.startsWith("spoiler_text") ? "spoilerText"
                    : reason.contains("media_ids") || reason.contains("images") ? "image" : "status";
            errors.put(field, field.equals("status") && reason.startsWith("Text can't be blank")
                    ? "Write something, or choose an image." : reason);
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, editingId, kept, errors, attached);
        }
    }

    private HttpResponse<?> notYours() {
        return site.notice(HttpStatus.NOT_FOUND, "No such post of yours", "Only a post's author can edit or delete "
                + "it.", "/account", "Back to your account");
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable Long editing, Typed typed,
                                 Map<String, String> errors, @Nullable String keptMedia) {
        String token = formTokens.token(request);
        String keptImage = null;
        String keptId = null;
        if (keptMedia != null) {
            keptImage = voices.idOf(currentAuthentication(request)).flatMap(owner -> media.findOwn(owner, keptMedia))
                    .map(MediaService.Attachment::previewUrl).orElse(null);
            keptId = keptImage == null ? null : keptMedia;
        }
        String action = editing == null ? "/posts/new" : "/posts/" + editing + "/edit";
        String heading = editing == null ? "Write a post" : "Edit your post";
        NewPostView view = new NewPostView(site.site(), PageMeta.of(heading, heading + " on "
                + site.site().hubName(), uris.base().resolve(action).toString()), action, heading,
                editing == null ? null : "/posts/" + editing + "/delete", token, typed.status(), typed.visibility(),
                typed.spoilerText(), typed.language(), typed.description(), keptId, keptImage, errors);
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
