package london.patchwork.server.guides;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Markdown;
import london.patchwork.server.site.Feed;
import london.patchwork.server.site.Feeds;
import london.patchwork.server.site.SiteContext;

import java.util.List;

/**
 * The wiki's feeds, {@code /guides/feed.atom} and {@code /guides/feed.json}: the guides most recently revised first,
 * each entry the guide's page, its summary and its current text. A new revision moves a guide to the top, so a
 * reader sees it again.
 */
@Controller("/guides")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GuideFeedController {

    static final int ITEMS = 20;

    private final GuideService guides;
    private final GuideActivities activities;
    private final Feeds writer;
    private final SiteContext site;
    private final Uris uris;

    public GuideFeedController(GuideService guides, GuideActivities activities, Feeds writer, SiteContext site,
                               Uris uris) {
        this.guides = guides;
        this.activities = activities;
        this.writer = writer;
        this.site = site;
        this.uris = uris;
    }

    @Get("/feed.atom")
    @Produces("application/atom+xml")
    public HttpResponse<String> atom() {
        return writer.atomResponse(feed());
    }

    @Get("/feed.json")
    @Produces("application/feed+json")
    public HttpResponse<String> json() {
        return writer.jsonFeedResponse(feed());
    }

    private Feed feed() {
        String hub = site.site().hubName();
        String hubUrl = uris.base().toString();
        List<Feed.Item> items = guides.newest(ITEMS).stream().map(guide -> {
            GuideRevision current = guides.current(guide);
            String page = activities.uri(guide.slug()).toString();
            return new Feed.Item(page, page, guide.title(), current.bodyHtml(),
                    summary(current), hub, hubUrl, guide.createdAt(), guide.updatedAt());
        }).toList();
        return Feed.of("Guides on " + hub, "How-to guides by the members of " + hub + ", newest revision first",
                uris.page("/guides").toString(), uris.page("/guides/feed").toString(), items);
    }

    private static String summary(GuideRevision revision) {
        String summary = Markdown.summary(revision.bodyHtml());
        return summary.isBlank() ? null : summary;
    }
}
