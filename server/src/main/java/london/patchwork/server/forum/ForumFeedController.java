package london.patchwork.server.forum;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.posts.DiscussionService;
import london.patchwork.server.site.SiteContext;

import java.util.Optional;

/** A forum category's newest threads as Atom and JSON Feed 1.1, written as the hub's other feeds are. */
@Controller("/forum/{slug}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ForumFeedController {

    private static final int ITEMS = 20;

    private final ForumService forum;
    private final ForumCategories categories;
    private final DiscussionService discussions;
    private final SiteContext site;
    private final Uris uris;

    public ForumFeedController(ForumService forum, ForumCategories categories, DiscussionService discussions,
                               SiteContext site, Uris uris) {
        this.forum = forum;
        this.categories = categories;
        this.discussions = discussions;
        this.site = site;
        this.uris = uris;
    }

    @Get("/feed.atom")
    @Produces("application/atom+xml; charset=utf-8")
    public HttpResponse<?> atom(@PathVariable String slug) {
        return feed(slug, true);
    }

    @Get("/feed.json")
    @Produces("application/feed+json")
    public HttpResponse<?> json(@PathVariable String slug) {
        return feed(slug, false);
    }

    private HttpResponse<?> feed(String slug, boolean atom) {
        Optional<ForumCategory> category = categories.find(slug);
        if (category.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such category");
        }
        String home = uris.page("/forum/" + slug).toString();
        return HttpResponse.ok(discussions.feed(atom, category.get().name() + " on " + site.site().hubName(),
                category.get().description().isEmpty() ? "Threads in " + category.get().name()
                        : category.get().description(), home, home + "/feed",
                forum.newestInCategory(category.get(), ITEMS).stream().map(thread -> thread.post().id()).toList()));
    }
}
