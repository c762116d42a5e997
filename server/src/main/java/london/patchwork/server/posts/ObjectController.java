package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.web.posts.ArticleView;

import java.util.Map;

import java.util.Optional;

/**
 * A local post at its id: the Note for fediverse software, its page for browsers. A deleted post answers 410
 * with a Tombstone, so peers that fetch it learn it is gone. Followers-only and direct posts are not served
 * to anonymous fetches.
 */
@Controller("/objects")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ObjectController {

    private final PostRepository posts;
    private final PostDocuments documents;
    private final PostActivities activities;
    private final PostPages pages;
    private final ActivityResponses responses;
    private final Pages site;
    private final ArticlePages articlePages;
    private final Voices voices;
    private final FormTokens formTokens;

    public ObjectController(PostRepository posts, PostDocuments documents, PostActivities activities, PostPages pages,
                            ActivityResponses responses, Pages site, ArticlePages articlePages, Voices voices,
                            FormTokens formTokens) {
        this.articlePages = articlePages;
        this.voices = voices;
        this.formTokens = formTokens;
        this.posts = posts;
        this.documents = documents;
        this.activities = activities;
        this.pages = pages;
        this.responses = responses;
        this.site = site;
    }

    @Get("/{id}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> object(@PathVariable String id, HttpRequest<?> request,
                                  @Nullable Authentication authentication, @Nullable @QueryValue String after) {
        Optional<Post> post = Ids.parse(id).flatMap(posts::findById)
                .filter(Post::local)
                .filter(found -> found.visibility() == Visibility.PUBLIC || found.visibility() == Visibility.UNLISTED);
        if (post.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such post");
        }
        boolean json = ActivityResponses.wantsActivityJson(request);
        if (!json && posts.isHiddenAuthor(post.get().authorId())) {
            // A suspended or silenced author's post stays off the public pages; peers may still fetch it.
            return ApiError.of(HttpStatus.NOT_FOUND, "no such post");
        }
        if (post.get().deleted()) {
            return json ? responses.document(request, HttpStatus.GONE, activities.tombstone(post.get()))
                    : ApiError.of(HttpStatus.GONE, "this post was deleted");
        }
        if (json) {
            return responses.document(request, documents.document(post.get()));
        }
        if (post.get().url() != null && !post.get().url().equals(post.get().uri())) {
            // A forum thread is read on the forum's page; its id stays the document's address.
            return HttpResponse.seeOther(java.net.URI.create(post.get().url())).header(HttpHeaders.VARY,
                    HttpHeaders.ACCEPT);
        }
        if ("Article".equals(post.get().type())) {
            Optional<Long> viewer = voices.idOf(authentication);
            String token = viewer.isPresent() ? formTokens.token(request) : null;
            ArticleView.ReplyForm reply = token == null ? null : new ArticleView.ReplyForm(
                    "/articles/" + post.get().id() + "/replies", token, "", Map.of());
            MutableHttpResponse<?> page = site.html(request, HttpStatus.OK, articlePages.page(post.get(),
                    after == null ? 0 : Ids.parse(after).orElse(0L), viewer.orElse(null), reply))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            return token == null ? page : page.cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
        }
        Optional<Long> viewer = voices.idOf(authentication);
        MutableHttpResponse<?> page = site.html(request, HttpStatus.OK, pages.page(post.get(), viewer.orElse(null)))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return viewer.isEmpty() ? page : page.header("Cache-Control", "no-store");
    }

}
