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
import london.patchwork.web.hubs.HubOption;
import london.patchwork.web.hubs.HubSearchView;

import java.util.List;
import java.util.Map;

/**
 * One PostgreSQL full-text search over everything public held here, this hub's and every joined hub's, best match
 * first, of one kind with {@code ?kind=}: a page and its JSON.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HubSearchController {

    static final int PAGE_SIZE = 30;
    static final int MAX_QUERY = 200;
    static final List<HubOption> KINDS = List.of(new HubOption("post", "Posts"), new HubOption("article", "Articles"),
            new HubOption("thread", "Forum threads"), new HubOption("event", "Events"),
            new HubOption("asset", "Assets"));

    private final ItemIndexQueries index;
    private final JoinedHubs hubs;
    private final JoinedPages pages;

    HubSearchController(ItemIndexQueries index, JoinedHubs hubs, JoinedPages pages) {
        this.index = index;
        this.hubs = hubs;
        this.pages = pages;
    }

    @Get("/hubs/search")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String q, @Nullable @QueryValue String kind,
                                @Nullable @QueryValue String page) {
        String words = q == null ? "" : q.strip();
        String only = kind == null ? "" : kind.strip();
        String error = problem(words, only);
        int number = JoinedPages.pageNumber(page);
        List<ItemIndexRow> rows = !error.isEmpty() || words.isEmpty() ? List.of() : read(words, only, number);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        HubSearchView view = new HubSearchView(pages.site(), pages.meta("Search across hubs", "Search the posts, "
                + "events and assets of " + pages.site().hubName() + " and the hubs it has joined up with",
                "/hubs/search"), words, only, KINDS, rows.stream().limit(PAGE_SIZE)
                .map(row -> JoinedPages.item(row, known)).toList(),
                JoinedPages.pageLink("/hubs/search", number - 1, "q", words, "kind", only),
                rows.size() > PAGE_SIZE ? JoinedPages.pageLink("/hubs/search", number + 1, "q", words, "kind", only)
                        : "", error);
        return HttpResponse.status(error.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Pages.render("hubs/search", view)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/api/patchwork/hubs/search")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> json(@Nullable @QueryValue String q, @Nullable @QueryValue String kind,
                                @Nullable @QueryValue String page) {
        String words = q == null ? "" : q.strip();
        String only = kind == null ? "" : kind.strip();
        String error = words.isEmpty() ? "q: the words to search for are missing" : problem(words, only);
        if (!error.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, error);
        }
        int number = JoinedPages.pageNumber(page);
        List<ItemIndexRow> rows = read(words, only, number);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        return HttpResponse.ok(new JoinedJson.Page(rows.stream().limit(PAGE_SIZE)
                .map(row -> JoinedJson.Item.of(row, known)).toList(), number,
                rows.size() > PAGE_SIZE ? number + 1 : null));
    }

    private List<ItemIndexRow> read(String words, String kind, int number) {
        return index.search(words, kind.isEmpty() ? null : kind, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
    }

    private static String problem(String words, String kind) {
        if (words.length() > MAX_QUERY) {
            return "q: at most " + MAX_QUERY + " characters";
        }
        if (!kind.isEmpty() && KINDS.stream().noneMatch(option -> option.value().equals(kind))) {
            return "kind: one of post, article, thread, event, asset";
        }
        return "";
    }
}
