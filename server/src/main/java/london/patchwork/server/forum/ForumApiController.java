package london.patchwork.server.forum;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.posts.DiscussionService;

import java.util.List;
import java.util.Optional;

/**
 * The forum's threads as JSON: anyone reads; members open threads and edit or delete their own; moderators pin,
 * lock and delete any. Replies are Mastodon statuses ({@code POST /api/v1/statuses} with {@code in_reply_to_id}).
 */
@Controller("/api/patchwork/forum/threads")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ForumApiController {

    private final ForumService forum;
    private final ForumCategories categories;
    private final ForumReading reading;
    private final ForumViewers viewers;
    private final DiscussionService discussions;

    public ForumApiController(ForumService forum, ForumCategories categories, ForumReading reading,
                              ForumViewers viewers, DiscussionService discussions) {
        this.discussions = discussions;
        this.forum = forum;
        this.categories = categories;
        this.reading = reading;
        this.viewers = viewers;
    }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String category, @Nullable @QueryValue String page) {
        Optional<Integer> number = ForumPaging.page(page);
        if (number.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "page must be a number from 1");
        }
        int offset = (number.get() - 1) * ForumPaging.THREADS_PER_PAGE;
        List<ForumService.Thread> threads;
        if (category == null || category.isBlank()) {
            threads = forum.latest(ForumPaging.THREADS_PER_PAGE + 1, offset);
        } else {
            Optional<ForumCategory> found = categories.find(category.strip());
            if (found.isEmpty()) {
                return ApiError.of(HttpStatus.NOT_FOUND, "no such category");
            }
            threads = forum.inCategory(found.get(), ForumPaging.THREADS_PER_PAGE + 1, offset);
        }
        boolean more = threads.size() > ForumPaging.THREADS_PER_PAGE;
        return HttpResponse.ok(new ForumJson.Threads(threads.stream().limit(ForumPaging.THREADS_PER_PAGE)
                .map(ForumJson::thread).toList(), number.get(), more));
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id, @Nullable @QueryValue String page) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread)
                .filter(found -> !discussions.hiddenAuthor(found.post().authorId()));
        if (thread.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        Optional<Integer> number = ForumPaging.page(page);
        if (number.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "page must be a number from 1");
        }
        ForumReading.Replies replies = reading.replies(thread.get(), number.get());
        return HttpResponse.ok(new ForumJson.ThreadPage(ForumJson.thread(thread.get()),
                replies.entries().stream().map(reply -> ForumJson.Reply.of(reply.id(), reply.entry())).toList(),
                replies.page(), replies.pageCount(),
                replies.total()));
    }

    @Post
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body ForumJson.ThreadWrite body, Authentication authentication) {
        try {
            ForumService.Thread thread = forum.open(viewers.actor(authentication), body.category(), body.title(),
                    body.text(), body.tags() == null ? List.of() : body.tags());
            return HttpResponse.created(ForumJson.thread(thread));
        } catch (ForumService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Put("/{id}")
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> edit(@PathVariable String id, @Body ForumJson.ThreadWrite body,
                                Authentication authentication) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        if (!viewers.isAuthor(authentication, thread.get())) {
            return ApiError.of(HttpStatus.FORBIDDEN, "only the thread's author edits it");
        }
        try {
            if (body.category() != null) {
                forum.move(thread.get().post().id(), body.category());
            }
            return HttpResponse.ok(ForumJson.thread(forum.edit(viewers.actor(authentication),
                    thread.get().post().id(), body.title(), body.text(), body.tags() == null ? List.of()
                            : body.tags())));
        } catch (ForumService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        }
    }

    @Delete("/{id}")
    @Secured(Roles.MEMBER)
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        if (viewers.isAuthor(authentication, thread.get())) {
            viewers.deleteOwn(authentication, thread.get());
            return HttpResponse.noContent();
        }
        if (!viewers.isModerator(authentication)) {
            return ApiError.of(HttpStatus.FORBIDDEN, "only the thread's author or a moderator deletes it");
        }
        forum.remove(thread.get().post().id());
        return HttpResponse.noContent();
    }

    @Post("/{id}/pin")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> pin(@PathVariable String id) {
        return moderate(id, thread -> forum.pin(thread, true));
    }

    @Post("/{id}/unpin")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> unpin(@PathVariable String id) {
        return moderate(id, thread -> forum.pin(thread, false));
    }

    @Post("/{id}/lock")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> lock(@PathVariable String id) {
        return moderate(id, thread -> forum.lock(thread, true));
    }

    @Post("/{id}/unlock")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> unlock(@PathVariable String id) {
        return moderate(id, thread -> forum.lock(thread, false));
    }

    /** A moderator removes one reply of a thread. */
    @Delete("/{id}/replies/{replyId}")
    @Secured(Roles.MODERATOR)
    @OAuthScope("write")
    public HttpResponse<?> removeReply(@PathVariable String id, @PathVariable String replyId) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        Optional<Long> reply = Ids.parse(replyId);
        if (reply.isEmpty() || !forum.isReplyIn(thread.get(), reply.get()) || !forum.remove(reply.get())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such reply in this thread");
        }
        return HttpResponse.noContent();
    }

    private HttpResponse<?> moderate(String id, java.util.function.LongConsumer act) {
        Optional<ForumService.Thread> thread = Ids.parse(id).flatMap(forum::thread);
        if (thread.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        act.accept(thread.get().post().id());
        return HttpResponse.ok(ForumJson.thread(forum.thread(thread.get().post().id()).orElseThrow()));
    }
}
