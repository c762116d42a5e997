package london.patchwork.server.posts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.Feed;
import london.patchwork.server.site.Feeds;
import london.patchwork.server.site.SiteContext;

/**
 * The hub's feeds for feed readers: the stream ({@code /feed.atom}, {@code /feed.json}) and a tag's
 * ({@code /tags/NAME/feed.atom}, {@code .json}). A member's are on their page's path, served by {@code members}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedController {

    private final PostRepository posts;
    private final PostFeeds feeds;
    private final Feeds writer;
    private final SiteContext site;
    private final Uris uris;

    public FeedController(PostRepository posts, PostFeeds feeds, Feeds writer, SiteContext site, Uris uris) {
        this.posts = posts;
        this.feeds = feeds;
        this.writer = writer;
        this.site = site;
        this.uris = uris;
    }

    @Get("/feed.atom")
    @Produces("application/atom+xml")
    public HttpResponse<String> streamAtom() {
        return writer.atomResponse(stream());
    }

    @Get("/feed.json")
    @Produces("application/feed+json")
    public HttpResponse<String> streamJson() {
        return writer.jsonFeedResponse(stream());
    }

    @Get("/tags/{name}/feed.atom")
    @Produces("application/atom+xml")
    public HttpResponse<String> tagAtom(@PathVariable String name) {
        return writer.atomResponse(tag(name));
    }

    @Get("/tags/{name}/feed.json")
    @Produces("application/feed+json")
    public HttpResponse<String> tagJson(@PathVariable String name) {
        return writer.jsonFeedResponse(tag(name));
    }

    private Feed stream() {
        String hub = site.site().hubName();
        return feeds.feed(hub, "Public posts by " + hub + " and its members", uris.base().toString(),
                uris.page("/feed").toString(), posts.findLocalPublic(Long.MAX_VALUE, PostFeeds.ITEMS));
    }

    private Feed tag(String name) {
        String tag = StatusText.normalise(name.strip());
        String page = uris.tag(tag).toString();
        String title = "#" + tag + " on " + site.site().hubName();
        return feeds.feed(title, "Public posts tagged #" + tag + " that " + site.site().hubName() + " holds", page,
                page + "/feed", posts.findPublicByTag(tag, Long.MAX_VALUE, PostFeeds.ITEMS));
    }
}
