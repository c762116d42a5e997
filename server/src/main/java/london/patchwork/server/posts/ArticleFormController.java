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
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.ArticleFormView;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A member writes, edits or deletes a blog article on the site: the same checks as the API
 * ({@link LongFormService}), problems beside the fields and what was typed kept. A cover image uploaded by a
 * failed try is kept by its id.
 */
@Controller("/articles")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ArticleFormController {

    private final Voices voices;
    private final LongFormService longForm;
    private final Articles articles;
    private final MediaService media;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Pages pages;
    private final Uris uris;

    public ArticleFormController(Voices voices, LongFormService longForm, Articles articles, MediaService media,
                                 FormTokens formTokens, SiteContext site, Pages pages, Uris uris) {
        this.voices = voices;
        this.longForm = longForm;
        this.articles = articles;
        this.media = media;
        this.formTokens = formTokens;
        this.site = site;
        this.pages = pages;
        this.uris = uris;
    }

    /** What was typed, to show again. */
    private record Typed(String title, String summary, String body, String tags, String language, String description,
                         @Nullable String coverId) {
    }

    @Get("/new")
    public HttpResponse<?> newForm(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (voices.of(authentication).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/articles/new"));
        }
        return page(request, HttpStatus.OK, null, new Typed("", "", "", "", "", "", null), Map.of(), authentication);
    }

    @io.micronaut.http.annotation.Post("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> publish(HttpRequest<?> request, @Nullable Authentication authentication,
                                   @Nullable @Part("_form") String form, @Nullable @Part("title") String title,
                                   @Nullable @Part("summary") String summary, @Nullable @Part("body") String body,
                                   @Nullable @Part("tags") String tags, @Nullable @Part("language") String language,
                                   @Nullable @Part("description") String description,
                                   @Nullable @Part("cover_id") String coverId,
                                   @Nullable @Part("cover") CompletedFileUpload cover) throws IOException {
        return save(request, authentication, null, form, new Typed(orEmpty(title), orEmpty(summary), orEmpty(body),
                orEmpty(tags), orEmpty(language), orEmpty(description), blankToNull(coverId)), cover);
    }

    @Get("/{id}/edit")
    public HttpResponse<?> editForm(HttpRequest<?> request, @Nullable Authentication authentication,
                                    @PathVariable String id) {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/articles/" + id + "/edit"));
        }
        Optional<Post> article = own(author.get(), id);
        if (article.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such article of yours",
                    "Only an article's author can edit it.", "/blog", "Back to the blog");
        }
        Post found = article.get();
        String cover = media.of(found.id()).stream().findFirst().map(image -> String.valueOf(image.id()))
                .orElse(null);
        String description = media.of(found.id()).stream().findFirst().map(MediaService.Attachment::description)
                .orElse("");
        return page(request, HttpStatus.OK, found.id(), new Typed(orEmpty(found.name()),
                orEmpty(found.summary()), orEmpty(found.sourceText()), articles.typedTags(found.id()),
                orEmpty(found.language()), orEmpty(description), cover), Map.of(), authentication);
    }

    @io.micronaut.http.annotation.Post("/{id}/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> edit(HttpRequest<?> request, @Nullable Authentication authentication,
                                @PathVariable String id,
                                @Nullable @Part("_form") String form, @Nullable @Part("title") String title,
                                @Nullable @Part("summary") String summary, @Nullable @Part("body") String body,
                                @Nullable @Part("tags") String tags, @Nullable @Part("language") String language,
                                @Nullable @Part("description") String description,
                                @Nullable @Part("cover_id") String coverId,
                                @Nullable @Part("cover") CompletedFileUpload cover) throws IOException {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> article = author.flatMap(found -> own(found, id));
        if (article.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such article of yours",
                    "Only an article's author can edit it.", "/blog", "Back to the blog");
        }
        return save(request, authentication, article.get().id(), form, new Typed(orEmpty(title), orEmpty(summary),
                orEmpty(body), orEmpty(tags), orEmpty(language), orEmpty(description), blankToNull(coverId)), cover);
    }

    private HttpResponse<?> save(HttpRequest<?> request, @Nullable Authentication authentication,
                                 @Nullable Long editing, @Nullable String form, Typed typed,
                                 @Nullable CompletedFileUpload cover) throws IOException {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/articles/new"));
        }
        if (!formTokens.accepts(request, form)) {
            return page(request, HttpStatus.FORBIDDEN, editing, typed, Map.of("form",
                    "The form had expired or did not come from this site; nothing was saved. Try again."),
                    authentication);
        }
        Map<String, String> errors = new HashMap<>();
        String coverId = typed.coverId();
        try {
            if (cover != null && cover.getSize() > 0) {
                coverId = String.valueOf(media.upload(author.get().id(), cover.getBytes(),
                        blankToNull(typed.description())).id());
            } else if (coverId != null) {
                media.describe(author.get().id(), coverId, blankToNull(typed.description()));
            }
        } catch (MediaService.Refused refused) {
            errors.put(refused.getMessage().contains("description") ? "description" : "cover",
                    refused.getMessage().replace("Validation failed: ", ""));
            return page(request, HttpStatus.valueOf(refused.status()), editing, typed, errors, authentication);
        }
        Typed kept = new Typed(typed.title(), typed.summary(), typed.body(), typed.tags(), typed.language(),
                typed.description(), coverId);
        LongFormService.Draft draft = new LongFormService.Draft("Article", typed.title(), typed.summary(),
                typed.body(), coverId, Articles.tagsFrom(typed.tags()), Visibility.PUBLIC, typed.language(), null,
                null);
        try {
            LongFormService.Published saved = editing == null ? longForm.publish(author.get(), draft)
                    : longForm.edit(author.get(), editing, draft);
            return HttpResponse.seeOther(URI.create(ArticlePages.path(saved.uri())));
        } catch (LongFormService.InvalidDraft invalid) {
            errors.put(fieldOf(invalid.getMessage()), invalid.getMessage());
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, editing, kept, errors, authentication);
        }
    }

    @io.micronaut.http.annotation.Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @PathVariable String id, @Nullable @io.micronaut.http.annotation.Body
                                  Map<String, String> body) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Post> article = author.flatMap(found -> own(found, id));
        if (article.isEmpty() || !formTokens.accepts(request, body == null ? null : body.get(FormTokens.FIELD))) {
            return site.notice(HttpStatus.FORBIDDEN, "Not deleted", "Only an article's author can delete it, from "
                    + "its edit page.", "/blog", "Back to the blog");
        }
        longForm.delete(author.get(), article.get().id());
        return HttpResponse.seeOther(URI.create("/blog"));
    }

    private Optional<Post> own(Actor author, String id) {
        return Ids.parse(id).flatMap(articles::find)
                .filter(article -> article.local() && article.authorId().equals(author.id()));
    }

    private static String fieldOf(String reason) {
        for (String field : new String[]{"title", "summary", "tags", "language", "cover"}) {
            if (reason.startsWith(field) || reason.contains(" " + field)) {
                return field;
            }
        }
        return reason.startsWith("a tag") || reason.startsWith("at most") ? "tags" : "body";
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable Long editing, Typed typed,
                                 Map<String, String> errors, @Nullable Authentication authentication) {
        String token = formTokens.token(request);
        String coverImage = null;
        String coverId = null;
        if (typed.coverId() != null) {
            coverImage = voices.idOf(authentication).flatMap(owner -> media.findOwn(owner, typed.coverId()))
                    .map(MediaService.Attachment::previewUrl).orElse(null);
            coverId = coverImage == null ? null : typed.coverId();
        }
        String action = editing == null ? "/articles/new" : "/articles/" + editing + "/edit";
        String heading = editing == null ? "Write an article" : "Edit your article";
        ArticleFormView view = new ArticleFormView(site.site(), PageMeta.of(heading, heading + " on "
                + site.site().hubName(), uris.base().resolve(action).toString()), action,
                editing == null ? null : "/articles/" + editing + "/delete", heading, token,
                typed.title(), typed.summary(), typed.body(), typed.tags(), typed.language(), typed.description(),
                coverId, coverImage, errors);
        return pages.html(request, status, Pages.render("posts/article-form", view)).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
