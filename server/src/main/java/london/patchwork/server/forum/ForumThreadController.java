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
import london.patchwork.server.http.Ids;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.posts.StatusService;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A thread's page and what people do on it: members reply (through the statuses path, so a locked thread refuses
 * it), visitors go to their own server to reply, the author deletes, moderators pin, lock and remove.
 */
@Controller("/forum/threads")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ForumThreadController {

    private final ForumService forum;
    private final ForumPages pages;
    private final ForumViewers viewers;
    private final DiscussionService discussions;
    private final FormTokens formTokens;
    private final Pages renderer;
    private final SiteContext site;

    public ForumThreadController(ForumService forum, ForumPages pages, ForumViewers viewers,
                                 DiscussionService discussions, FormTokens formTokens,
                                 Pages renderer, SiteContext site) {
        this.forum = forum;
        this.pages = pages;
        this.viewers = viewers;
        this.discussions = discussions;
        this.formTokens = formTokens;
        this.renderer = renderer;
        this.site = site;
    }

    /** A reply, or a button's form with only its token. */
    @Serdeable
    public record ReplyForm(@Nullable @JsonProperty("_form") String form, @Nullable String status) {
    }

    @Get("/{id}")
    public HttpResponse<?> thread(@PathVariable String id, @Nullable @QueryValue String page,
                                  HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<ForumService.Thread> thread = find(id);
        Optional<Integer> number = ForumPaging.page(page);
        if (thread.isEmpty() || number.isEmpty()) {
            return missing();
        }
        return page(request, authentication, thread.get(), number.get(), HttpStatus.OK, "", Map.of());
    }

    @Post("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reply(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        Optional<ForumService.Thread> thread = find(id);
        if (thread.isEmpty()) {
            return missing();
        }
        if (!viewers.isMember(authentication)) {
            return HttpResponse.seeOther(URI.create("/sign-in?next=/forum/threads/" + id));
        }
        String text = form.status() == null ? "" : form.status();
        if (!formTokens.accepts(request, form.form())) {
            return page(request, authentication, thread.get(), Integer.MAX_VALUE, HttpStatus.FORBIDDEN, text,
                    Map.of("status", "The form had expired or did not come from this site; please send it again."));
        }
        try {
            DiscussionService.ThreadPost reply = discussions.reply(viewers.actor(authentication),
                    thread.get().post().id(), text);
            return HttpResponse.seeOther(URI.create("/forum/threads/" + id + "?page=" + ForumPaging.MAX_PAGE
                    + "#reply-" + reply.id()));
        } catch (StatusService.InvalidStatus invalid) {
            return page(request, authentication, thread.get(), Integer.MAX_VALUE,
                    HttpStatus.UNPROCESSABLE_ENTITY, text, Map.of("status", invalid.getMessage()));
        }
    }

    @Post("/{id}/pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pin(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                               @Nullable Authentication authentication) {
        return moderate(id, form, request, authentication, thread -> forum.pin(thread, true));
    }

    @Post("/{id}/unpin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unpin(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        return moderate(id, form, request, authentication, thread -> forum.pin(thread, false));
    }

    @Post("/{id}/lock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> lock(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                                @Nullable Authentication authentication) {
        return moderate(id, form, request, authentication, thread -> forum.lock(thread, true));
    }

    @Post("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unlock(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                                  @Nullable Authentication authentication) {
        return moderate(id, form, request, authentication, thread -> forum.lock(thread, false));
    }

    @Post("/{id}/replies/{replyId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> removeReply(@PathVariable String id, @PathVariable String replyId,
                                       @Body ReplyForm form, HttpRequest<?> request,
                                       @Nullable Authentication authentication) {
        Optional<Long> reply = Ids.parse(replyId);
        return moderate(id, form, request, authentication, thread -> {
            if (reply.isPresent() && forum.isReplyIn(forum.thread(thread).orElseThrow(), reply.get())) {
                forum.remove(reply.get());
            }
        });
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(@PathVariable String id, @Body ReplyForm form, HttpRequest<?> request,
                                  @Nullable Authentication authentication) {
        Optional<ForumService.Thread> thread = find(id);
        if (thread.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, form.form())) {
            return expired(id);
        }
        if (viewers.isAuthor(authentication, thread.get())) {
            viewers.deleteOwn(authentication, thread.get());
        } else if (viewers.isModerator(authentication)) {
            forum.remove(thread.get().post().id());
        } else {
            return site.notice(HttpStatus.FORBIDDEN, "Only its author or a moderator deletes a thread",
                    "Ask a moderator of the hub.", "/forum/threads/" + id, "Back to the thread");
        }
        return HttpResponse.seeOther(URI.create("/forum"));
    }

    private HttpResponse<?> moderate(String id, ReplyForm form, HttpRequest<?> request,
                                     @Nullable Authentication authentication, java.util.function.LongConsumer act) {
        Optional<ForumService.Thread> thread = find(id);
        if (thread.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, form.form())) {
            return expired(id);
        }
        if (!viewers.isModerator(authentication)) {
            return site.notice(HttpStatus.FORBIDDEN, "Only moderators do this",
                    "Ask a moderator or an organiser of the hub.", "/forum/threads/" + id, "Back to the thread");
        }
        act.accept(thread.get().post().id());
        return HttpResponse.seeOther(URI.create("/forum/threads/" + id));
    }

    private HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication,
                                 ForumService.Thread thread, int page, HttpStatus status, String typed,
                                 Map<String, String> errors) {
        String token = formTokens.token(request);
        boolean member = viewers.isMember(authentication);
        return renderer.html(request, status, Pages.render("forum/thread", pages.thread(thread, page, member,
                        viewers.isModerator(authentication), viewers.isAuthor(authentication, thread),
                        viewers.isAuthor(authentication, thread) || viewers.isModerator(authentication), token,
                        typed, errors)))
                .cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
    }

    private Optional<ForumService.Thread> find(String id) {
        return Ids.parse(id).flatMap(forum::thread)
                .filter(thread -> !discussions.hiddenAuthor(thread.post().authorId()));
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such thread", "There is no thread here, or it was deleted.",
                "/forum", "The forum");
    }

    private HttpResponse<?> expired(String id) {
        return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                "The form had expired or did not come from this site.", "/forum/threads/" + id,
                "Back to the thread");
    }
}
