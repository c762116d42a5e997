package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.site.Pages;
import london.patchwork.web.hubs.HubFeedView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts, articles and forum threads from this hub and every joined hub, newest first: a page and its JSON. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HubFeedController {

    static final int PAGE_SIZE = 30;

    private final ItemIndexQueries index;
    private final JoinedHubs hubs;
    private final JoinedPages pages;

    HubFeedController(ItemIndexQueries index, JoinedHubs hubs, JoinedPages pages) {
        this.index = index;
        this.hubs = hubs;
        this.pages = pages;
    }

    @Get("/hubs/feed")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String hub, @Nullable @QueryValue String page) {
        int number = JoinedPages.pageNumber(page);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        Optional<JoinedHubs.Origin> only = blank(hub) ? Optional.empty() : hubs.find(hub);
        boolean unknown = !blank(hub) && only.isEmpty();
        List<ItemIndexRow> rows = unknown ? List.of() : read(only, number);
        String filter = only.map(JoinedHubs.Origin::origin).orElse("");
        HubFeedView view = new HubFeedView(pages.site(), pages.meta("News across hubs", "Posts, articles and "
                + "threads from " + pages.site().hubName() + " and the hubs it has joined up with", "/hubs/feed"),
                rows.stream().limit(PAGE_SIZE).map(row -> JoinedPages.item(row, known)).toList(),
                JoinedPages.hubOptions(hubs.all()), filter,
                JoinedPages.pageLink("/hubs/feed", number - 1, "hub", filter),
                rows.size() > PAGE_SIZE ? JoinedPages.pageLink("/hubs/feed", number + 1, "hub", filter) : "");
        return HttpResponse.status(unknown ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .body(Pages.render("hubs/feed", view)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/api/patchwork/hubs/feed")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> json(@Nullable @QueryValue String hub, @Nullable @QueryValue String page) {
        Optional<JoinedHubs.Origin> only = blank(hub) ? Optional.empty() : hubs.find(hub);
        if (!blank(hub) && only.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no hub " + hub + " is joined here");
        }
        int number = JoinedPages.pageNumber(page);
        List<ItemIndexRow> rows = read(only, number);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        return HttpResponse.ok(new JoinedJson.Page(rows.stream().limit(PAGE_SIZE)
                .map(row -> JoinedJson.Item.of(row, known)).toList(), number,
                rows.size() > PAGE_SIZE ? number + 1 : null));
    }

    private List<ItemIndexRow> read(Optional<JoinedHubs.Origin> only, int number) {
        return index.feed(only.map(JoinedHubs.Origin::origin).orElse(null), PAGE_SIZE + 1,
                (number - 1) * PAGE_SIZE);
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
