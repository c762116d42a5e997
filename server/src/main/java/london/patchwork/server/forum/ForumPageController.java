package london.patchwork.server.forum;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the forum and opening a thread: its index, a category, the new-thread form. */
@Controller("/forum")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ForumPageController {

    private final ForumService forum;
    private final ForumCategories categories;
    private final ForumPages pages;
    private final ForumViewers viewers;
    private final FormTokens formTokens;
    private final SiteContext site;

    public ForumPageController(ForumService forum, ForumCategories categories, ForumPages pages,
                               ForumViewers viewers, FormTokens formTokens, SiteContext site) {
        this.forum = forum;
        this.categories = categories;
        this.pages = pages;
        this.viewers = viewers;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** The new-thread form, as sent. */
    @Serdeable
    public record ThreadForm(@Nullable @JsonProperty("_form") String form, @Nullable String title,
                             @Nullable String category, @Nullable String text, @Nullable String tags) {
    }

    @Get
    public HttpResponse<?> index(@Nullable Authentication authentication) {
        return HttpResponse.ok(Pages.render("forum/index", pages.index(viewers.isMember(authentication))))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/{slug}")
    public HttpResponse<?> category(@PathVariable String slug, @Nullable @QueryValue String page,
                                    @Nullable Authentication authentication) {
        Optional<ForumCategory> category = categories.find(slug);
        Optional<Integer> number = ForumPaging.page(page);
        if (category.isEmpty() || number.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such category", "The forum has no such page.", "/forum",
                    "The forum");
        }
        return HttpResponse.ok(Pages.render("forum/category", pages.category(category.get(), number.get(),
                viewers.isMember(authentication)))).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/new")
    public HttpResponse<?> newThread(@Nullable @QueryValue String category, HttpRequest<?> request,
                                     @Nullable Authentication authentication) {
        if (!viewers.isMember(authentication)) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/forum/new"));
        }
        String token = formTokens.token(request);
        return HttpResponse.ok(Pages.render("forum/new", pages.newThread(token, "",
                        category == null ? ForumConversations.GENERAL : category, "", "", Map.of())))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> open(@Body ThreadForm form, HttpRequest<?> request,
                                @Nullable Authentication authentication) {
        if (!viewers.isMember(authentication)) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/forum/new"));
        }
        String title = form.title() == null ? "" : form.title();
        String text = form.text() == null ? "" : form.text();
        String tags = form.tags() == null ? "" : form.tags();
        String category = form.category() == null ? "" : form.category();
        String token = formTokens.token(request);
        if (!formTokens.accepts(request, form.form())) {
            return retry(token, title, category, text, tags, Map.of("title",
                    "The form had expired or did not come from this site; please send it again."));
        }
        try {
            ForumService.Thread thread = forum.open(viewers.actor(authentication), category, title, text,
                    Arrays.stream(tags.split("[\\s,]+")).filter(tag -> !tag.isBlank()).toList());
            return HttpResponse.seeOther(URI.create("/forum/threads/" + thread.post().id()));
        } catch (ForumService.Invalid invalid) {
            return retry(token, title, category, text, tags, Map.of(field(invalid.getMessage()),
                    invalid.getMessage()));
        }
    }

    private HttpResponse<?> retry(String token, String title, String category, String text, String tags,
                                  Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.render("forum/new",
                        pages.newThread(token, title, category, text, tags, errors)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token));
    }

    /** Which field a reason is about, from its first word, so it shows beside that field. */
    static String field(String reason) {
        for (String name : List.of("title", "category", "tag", "text")) {
            if (reason.startsWith(name) || reason.startsWith("a " + name) || reason.startsWith("at most")) {
                return reason.startsWith("at most") || name.equals("tag") ? "tags" : name;
            }
        }
        return "text";
    }
}
