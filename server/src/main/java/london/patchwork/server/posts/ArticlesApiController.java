package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;

import java.util.Optional;

/**
 * The hub's blog as JSON: anyone reads; a member (or the organiser token, as the hub) writes, edits and deletes
 * their own articles. Writing uses the statuses scopes, as an article is a kind of status to Mastodon clients.
 */
@Controller("/api/patchwork/articles")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesApiController {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 40;

    private final LongFormService longForm;
    private final Articles articles;
    private final PostRepository posts;
    private final Voices voices;

    public ArticlesApiController(LongFormService longForm, Articles articles, PostRepository posts, Voices voices) {
        this.longForm = longForm;
        this.articles = articles;
        this.posts = posts;
        this.voices = voices;
    }

    /** The hub's public articles, newest first, paged with {@code max_id}. */
    @Get
    @OAuthScope("read:statuses")
    public HttpResponse<?> list(@Nullable @QueryValue("max_id") String maxId, @Nullable @QueryValue Integer limit) {
        long below = maxId == null ? Long.MAX_VALUE : Ids.parse(maxId).orElse(Long.MAX_VALUE);
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        return HttpResponse.ok(posts.findLocalArticles(below, size).stream().map(articles::json).toList());
    }

    @Get("/{id}")
    @OAuthScope("read:statuses")
    public HttpResponse<?> show(@PathVariable String id) {
        return Ids.parse(id).flatMap(articles::find).filter(article -> !posts.isHiddenAuthor(article.authorId()))
                .<HttpResponse<?>>map(article -> HttpResponse.ok(articles.json(article)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "no such article"));
    }

    @io.micronaut.http.annotation.Post
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body ArticleJson.Input input, Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        if (author.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        try {
            LongFormService.Published article = longForm.publish(author.get(), Articles.draft(input));
            return HttpResponse.ok(articles.json(posts.findById(article.id()).orElseThrow()));
        } catch (LongFormService.InvalidDraft invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Put("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> edit(@PathVariable String id, @Body ArticleJson.Input input,
                                Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Long> articleId = Ids.parse(id).filter(found -> articles.find(found).isPresent());
        if (author.isEmpty() || articleId.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such article of yours");
        }
        try {
            LongFormService.Published article = longForm.edit(author.get(), articleId.get(), Articles.draft(input));
            return HttpResponse.ok(articles.json(posts.findById(article.id()).orElseThrow()));
        } catch (LongFormService.InvalidDraft invalid) {
            return invalid.getMessage().startsWith("no such") ? ApiError.of(HttpStatus.NOT_FOUND, invalid.getMessage())
                    : ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Delete("/{id}")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("write:statuses")
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<Actor> author = voices.of(authentication);
        Optional<Long> articleId = Ids.parse(id).filter(found -> articles.find(found).isPresent());
        if (author.isEmpty() || articleId.isEmpty() || !longForm.delete(author.get(), articleId.get())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such article of yours");
        }
        return HttpResponse.noContent();
    }
}
