package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.posts.DiscussionService;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A thread's collections for fediverse software: its FEP-7888 {@code context} (the first post and every reply,
 * oldest first, paged) and the {@code replies} of its first post. Served for every article and thread written here,
 * as their documents name them.
 */
@Controller("/forum/threads/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ForumCollectionsController {

    static final int PAGE_SIZE = 100;
    private static final int MAX_REPLIES = 200;

    private final DiscussionService discussions;
    private final ForumActivities activities;
    private final ForumGroup group;
    private final ActivityResponses responses;
    private final Uris uris;

    public ForumCollectionsController(DiscussionService discussions, ForumActivities activities, ForumGroup group,
                                      ActivityResponses responses, Uris uris) {
        this.discussions = discussions;
        this.activities = activities;
        this.group = group;
        this.responses = responses;
        this.uris = uris;
    }

    @Get("/context")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON})
    public HttpResponse<?> context(@PathVariable String id, @Nullable @QueryValue String page,
                                   HttpRequest<?> request) {
        Optional<DiscussionService.ThreadPost> first = thread(id);
        if (first.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        Optional<Integer> number = ForumPaging.page(page);
        if (number.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "page must be a number from 1");
        }
        long rootId = first.get().id();
        URI context = uris.forumThreadContext(rootId);
        // Page 1 holds the first post and PAGE_SIZE - 1 replies; page n the replies after those.
        int n = number.get();
        int offset = n == 1 ? 0 : (n - 1) * PAGE_SIZE - 1;
        int size = n == 1 ? PAGE_SIZE - 1 : PAGE_SIZE;
        List<URI> items = new ArrayList<>();
        if (n == 1) {
            items.add(URI.create(first.get().uri()));
        }
        List<String> replies = discussions.replyUris(rootId, size + 1, offset);
        replies.stream().limit(size).map(URI::create).forEach(items::add);
        boolean more = replies.size() > size;
        if (page == null) {
            int total = (int) Math.min(Integer.MAX_VALUE, discussions.replyCount(rootId) + 1);
            return responses.document(request, activities.context(context, group.voice(), total, items, more));
        }
        return responses.document(request, activities.contextPage(context, n, items, more));
    }

    @Get("/replies")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON})
    public HttpResponse<?> replies(@PathVariable String id, HttpRequest<?> request) {
        Optional<DiscussionService.ThreadPost> first = thread(id);
        if (first.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such thread");
        }
        return responses.document(request, activities.replies(uris.forumThreadReplies(first.get().id()),
                discussions.directReplyUris(first.get().uri(), MAX_REPLIES).stream().map(URI::create).toList()));
    }

    private Optional<DiscussionService.ThreadPost> thread(String id) {
        return Ids.parse(id).flatMap(discussions::find).filter(post -> post.local() && post.rootId() == null
                && post.listed() && !post.deleted() && !discussions.hiddenAuthor(post.authorId()));
    }
}
