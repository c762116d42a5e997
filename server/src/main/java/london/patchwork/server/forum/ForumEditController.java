package london.patchwork.server.forum;

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
import london.patchwork.server.http.Ids;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.posts.LongFormService;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The author edits their thread on a page: title, category, text and tags, with what they typed kept on a mistake. */
@Controller("/forum/threads/{id}/edit")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ForumEditController {

    private final ForumService forum;
    private final ForumPages pages;
    private final ForumViewers viewers;
    private final DiscussionService discussions;
    private final FormTokens formTokens;
    private final SiteContext site;

    public ForumEditController(ForumService forum, ForumPages pages, ForumViewers viewers,
                               DiscussionService discussions, FormTokens formTokens, SiteContext site) {
        this.forum = forum;
        this.pages = pages;
        this.viewers = viewers;
        this.discussions = discussions;
        this.formTokens = formTokens;
        this.site = site;
    }

    @Get
    public HttpResponse<?> form(@PathVariable String id, HttpRequest<?> request,
                                @Nullable Authentication authentication) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty() || !viewers.isAuthor(authentication, thread.get())) {
            return refusal(id, thread.isPresent());
        }
        long postId = thread.get().post().id();
        String markdown = discussions.source(postId).map(LongFormService.Published::markdown).orElse("");
        String token = formTokens.token(request);
        return HttpResponse.ok(Pages.render("forum/new", pages.editThread(postId, token,
                        ForumPages.titleOf(thread.get().post()), thread.get().category() == null ? ""
                                : thread.get().category().slug(), markdown == null ? "" : markdown,
                        String.join(" ", discussions.tags(postId)), Map.of())))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(@PathVariable String id, @Body ForumPageController.ThreadForm form,
                                HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty() || authentication == null || !viewers.isAuthor(authentication, thread.get())) {
            return refusal(id, thread.isPresent());
        }
        long postId = thread.get().post().id();
        String title = form.title() == null ? "" : form.title();
        String text = form.text() == null ? "" : form.text();
        String tags = form.tags() == null ? "" : form.tags();
        String category = form.category() == null ? "" : form.category();
        String token = formTokens.token(request);
        if (!formTokens.accepts(request, form.form())) {
            return retry(postId, token, title, category, text, tags, Map.of("title",
                    "The form had expired or did not come from this site; please send it again."));
        }
        try {
            forum.move(postId, category);
            forum.edit(viewers.actor(authentication), postId, title, text,
                    Arrays.stream(tags.split("[\\s,]+")).filter(tag -> !tag.isBlank()).toList());
            return HttpResponse.seeOther(URI.create("/forum/threads/" + postId));
        } catch (ForumService.Invalid invalid) {
            return retry(postId, token, title, category, text, tags,
                    Map.of(ForumPageController.field(invalid.getMessage()), invalid.getMessage()));
        }
    }

    private HttpResponse<?> retry(long id, String token, String title, String category, String text, String tags,
                                  Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.render("forum/new",
                        pages.editThread(id, token, title, category, text, tags, errors)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token));
    }

    private HttpResponse<?> refusal(String id, boolean exists) {
        return exists ? site.notice(HttpStatus.FORBIDDEN, "Only its author edits a thread",
                "Sign in as the thread's author.", "/forum/threads/" + id, "Back to the thread")
                : site.notice(HttpStatus.NOT_FOUND, "No such thread", "There is no thread here, or it was deleted.",
                "/forum", "The forum");
    }
}
