package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.posts.ConversationService;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.time.Instant;
import java.util.Optional;

/** Public pages of the remote groups this hub follows: a group's threads, and a thread with its replies. */
@Controller("/forum")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class RemoteForumController {

    private final FollowedGroups groups;
    private final RemoteThreadRepository threads;
    private final ConversationService conversations;
    private final RemoteForumPages pages;
    private final SiteContext site;

    public RemoteForumController(FollowedGroups groups, RemoteThreadRepository threads,
                                 ConversationService conversations, RemoteForumPages pages, SiteContext site) {
        this.groups = groups;
        this.threads = threads;
        this.conversations = conversations;
        this.pages = pages;
        this.site = site;
    }

    @Get("/groups/{id}")
    public HttpResponse<?> group(@PathVariable String id, @Nullable @QueryValue String before,
                                 @Nullable @QueryValue("before_id") String beforeId) {
        Optional<FollowedGroup> group = Ids.parse(id).flatMap(groups::find)
                .filter(found -> !found.state().equals("none") || found.threads() > 0);
        if (group.isEmpty()) {
            return missing("No such group", "This hub does not follow that group.");
        }
        Instant cursor = Ids.parse(before).map(Instant::ofEpochMilli).orElse(Instant.parse("9999-01-01T00:00:00Z"));
        long cursorId = Ids.parse(beforeId).orElse(Long.MAX_VALUE);
        return ok(Pages.render("forum/remote-group", pages.group(group.get(), cursor, cursorId)));
    }

    @Get("/remote/{postId}")
    public HttpResponse<?> thread(@PathVariable String postId, @Nullable @QueryValue String after) {
        Optional<ForumThread> thread = Ids.parse(postId).flatMap(threads::findRemote);
        Optional<ConversationService.Entry> first = thread.flatMap(found -> conversations.find(found.postId()));
        if (first.isEmpty()) {
            return missing("No such thread", "This hub holds no thread of a followed group there.");
        }
        if (first.get().deleted()) {
            return site.notice(HttpStatus.GONE, "This thread was deleted", "Its author or the group's moderators "
                    + "deleted it.", "/forum/groups/" + thread.get().groupActorId(), "The group's threads");
        }
        return ok(Pages.render("forum/remote-thread", pages.thread(first.get(),
                groups.find(thread.get().groupActorId()), Ids.parse(after).orElse(0L))));
    }

    private static HttpResponse<?> ok(Object body) {
        return HttpResponse.ok(body).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<?> missing(String heading, String message) {
        return site.notice(HttpStatus.NOT_FOUND, heading, message, "/", "Home");
    }
}
