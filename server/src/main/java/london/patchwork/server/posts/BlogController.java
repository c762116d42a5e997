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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.web.posts.ArticleView;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The blog's page, and members replying to an article from its page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class BlogController {

    private final PostRepository posts;
    private final Articles articles;
    private final ArticlePages articlePages;
    private final StatusService statuses;
    private final Voices voices;
    private final FormTokens formTokens;
    private final Pages pages;

    public BlogController(PostRepository posts, Articles articles, ArticlePages articlePages, StatusService statuses,
                          Voices voices, FormTokens formTokens, Pages pages) {
        this.posts = posts;
        this.articles = articles;
        this.articlePages = articlePages;
        this.statuses = statuses;
        this.voices = voices;
        this.formTokens = formTokens;
        this.pages = pages;
    }

    @Get("/blog")
    public HttpResponse<?> blog(HttpRequest<?> request, @Nullable Authentication authentication,
                                @Nullable @QueryValue("max_id") String maxId) {
        Long below = maxId == null ? null : Ids.parse(maxId).orElse(null);
        return pages.html(request, HttpStatus.OK, articlePages.blog(posts.findLocalArticles(StreamPaging.below(below),
                StreamPaging.pagePlusOne()), voices.of(authentication).isPresent()));
    }

    /**
     * A member's reply from an article's page: published as a public reply (a Note in the article's conversation),
     * then back to the discussion. Problems come back on the page with what was typed.
     */
    @io.micronaut.http.annotation.Post("/articles/{id}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reply(HttpRequest<?> request, @Nullable Authentication authentication,
                                 @PathVariable String id, @Nullable @Body Map<String, String> body) {
        Optional<Post> article = Ids.parse(id).flatMap(articles::find);
        if (article.isEmpty()) {
            return pages.html(request, HttpStatus.NOT_FOUND, articlePages.missing());
        }
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=" + ArticlePages.path(article.get().uri())));
        }
        String text = body == null || body.get("status") == null ? "" : body.get("status");
        String token = formTokens.token(request);
        String action = "/articles/" + article.get().id() + "/replies";
        if (!formTokens.accepts(request, body == null ? null : body.get(FormTokens.FIELD))) {
            return again(request, HttpStatus.FORBIDDEN, article.get(), author.get(), new ArticleView.ReplyForm(action,
                    token, text, Map.of("form", "The form had expired or did not come from this site; nothing was "
                    + "published. Try again.")));
        }
        try {
            Post reply = statuses.publish(author.get(), new StatusForm(text, "public", String.valueOf(
                    article.get().id()), null, null, null, null), null);
            return HttpResponse.seeOther(URI.create(ArticlePages.path(article.get().uri()) + "?after="
                    + Math.max(0, reply.id() - 1) + "#discussion-heading"));
        } catch (StatusService.InvalidStatus invalid) {
            String reason = invalid.getMessage().replace("Validation failed: ", "");
            return again(request, HttpStatus.UNPROCESSABLE_ENTITY, article.get(), author.get(),
                    new ArticleView.ReplyForm(action, token, text, Map.of("status",
                            reason.startsWith("Text can't be blank") ? "Write your reply first." : reason)));
        }
    }

    private HttpResponse<?> again(HttpRequest<?> request, HttpStatus status, Post article, Actor author,
                                  ArticleView.ReplyForm form) {
        return pages.html(request, status, articlePages.page(article, 0, author.id(), form))
                .cookie(formTokens.cookie(form.formToken())).header("Cache-Control", "no-store");
    }
}
