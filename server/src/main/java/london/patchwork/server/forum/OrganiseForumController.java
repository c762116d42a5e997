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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisers' page of forum categories: the same changes as {@code /api/patchwork/forum/categories}. */
@Controller("/organise/forum")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseForumController {

    private final ForumCategories categories;
    private final ForumPages pages;
    private final FormTokens formTokens;
    private final SiteContext site;

    public OrganiseForumController(ForumCategories categories, ForumPages pages, FormTokens formTokens,
                                   SiteContext site) {
        this.categories = categories;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** Either form on the page, as posted. */
    @Serdeable
    public record CategoryForm(@Nullable @JsonProperty("_form") String form, @Nullable String slug,
                               @Nullable String name, @Nullable String description, @Nullable String action) {
    }

    @Get
    public HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication) {
        return refusal(authentication).orElseGet(() -> page(request, HttpStatus.OK, Map.of(), null, Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body CategoryForm posted,
                                  @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = refusal(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, Map.of("form", "The form had expired; try again."), null,
                    typed(posted));
        }
        try {
            ForumCategory made = categories.create(posted.slug(), posted.name(), posted.description());
            return page(request, HttpStatus.OK, Map.of(), "Created the category " + made.name() + ".", Map.of());
        } catch (ForumService.Invalid invalid) {
            String reason = invalid.getMessage();
            String field = reason.startsWith("slug") ? "slug" : reason.startsWith("name") ? "name" : "form";
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of(field, reason), null, typed(posted));
        }
    }

    @Post("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(@PathVariable String slug, HttpRequest<?> request, @Body CategoryForm posted,
                                  @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = refusal(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, Map.of("form", "The form had expired; try again."), null,
                    typed(posted));
        }
        Optional<ForumCategory> category = categories.find(slug);
        if (category.isEmpty()) {
            return page(request, HttpStatus.NOT_FOUND, Map.of("form", "There is no category " + slug + "."), null,
                    Map.of());
        }
        try {
            String action = posted.action() == null ? "save" : posted.action();
            List<ForumCategory> order = categories.listed();
            int at = order.indexOf(category.get());
            switch (action) {
                case "delete" -> categories.delete(category.get());
                case "up" -> categories.update(category.get(), null, null, Math.max(0, at - 1));
                case "down" -> categories.update(category.get(), null, null, Math.min(order.size() - 1, at + 1));
                default -> categories.update(category.get(), posted.name(), posted.description(), null);
            }
            return HttpResponse.seeOther(URI.create("/organise/forum"));
        } catch (ForumService.Invalid invalid) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("form", invalid.getMessage()), null,
                    Map.of());
        }
    }

    private Optional<HttpResponse<?>> refusal(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.of(HttpResponse.seeOther(URI.create("/sign-in?next=/organise/forum")));
        }
        if (!authentication.getRoles().contains(Roles.ORGANISER)) {
            return Optional.of(site.notice(HttpStatus.FORBIDDEN, "Only organisers arrange the forum",
                    "Ask an organiser of the hub.", "/forum", "The forum"));
        }
        return Optional.empty();
    }

    /** What was typed in the new-category form, to show again. */
    private static Map<String, String> typed(CategoryForm posted) {
        return Map.of("slug", posted.slug() == null ? "" : posted.slug(), "name",
                posted.name() == null ? "" : posted.name(), "description",
                posted.description() == null ? "" : posted.description());
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, String> errors,
                                 @Nullable String message, Map<String, String> typed) {
        String token = formTokens.token(request);
        return HttpResponse.status(status).body(Pages.render("forum/organise", pages.organise(token, errors,
                        message, typed))).contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
