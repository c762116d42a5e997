package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.events.EventService;
import london.patchwork.server.site.Pages;
import london.patchwork.web.hubs.HubCalendarView;
import london.patchwork.web.hubs.HubOption;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Upcoming events from this hub and every joined hub, by day, filtered by the hubs' area ({@code ?area=}, a
 * borough) and the events' category ({@code ?category=}): a page, its JSON and an iCalendar feed of the same.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HubCalendarController {

    static final int PAGE_SIZE = 50;
    static final int FEED_EVENTS = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ItemIndexQueries index;
    private final JoinedHubs hubs;
    private final JoinedPages pages;
    private final EventService events;

    HubCalendarController(ItemIndexQueries index, JoinedHubs hubs, JoinedPages pages, EventService events) {
        this.index = index;
        this.hubs = hubs;
        this.pages = pages;
        this.events = events;
    }

    @Get("/hubs/calendar")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> page(@Nullable @QueryValue String area, @Nullable @QueryValue String category,
                                @Nullable @QueryValue String page) {
        String areaFilter = trimmed(area);
        String categoryFilter = trimmed(category);
        int number = JoinedPages.pageNumber(page);
        Instant now = Instant.now();
        List<ItemIndexRow> rows = read(now, areaFilter, categoryFilter, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        Map<LocalDate, List<ItemIndexRow>> byDay = new LinkedHashMap<>();
        rows.stream().limit(PAGE_SIZE).forEach(row -> byDay.computeIfAbsent(
                row.startsAt().atZone(JoinedPages.LONDON).toLocalDate(), day -> new ArrayList<>()).add(row));
        List<HubCalendarView.Day> days = byDay.entrySet().stream().map(entry -> new HubCalendarView.Day(
                DAY.format(entry.getKey()), entry.getValue().stream().map(row -> JoinedPages.item(row, known))
                .toList())).toList();
        String ics = JoinedPages.pageLink("/hubs/calendar.ics", 1, "area", areaFilter, "category", categoryFilter)
                .replaceFirst("[?&]?page=1$", "");
        HubCalendarView view = new HubCalendarView(pages.site(), pages.meta("What's on across hubs",
                "Upcoming events from " + pages.site().hubName() + " and the hubs it has joined up with",
                "/hubs/calendar"), days, areas(), index.categories(now).stream()
                .map(slug -> new HubOption(slug, slug)).toList(), areaFilter, categoryFilter, ics,
                JoinedPages.pageLink("/hubs/calendar", number - 1, "area", areaFilter, "category", categoryFilter),
                rows.size() > PAGE_SIZE ? JoinedPages.pageLink("/hubs/calendar", number + 1, "area", areaFilter,
                        "category", categoryFilter) : "");
        return HttpResponse.ok(Pages.render("hubs/calendar", view)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/api/patchwork/hubs/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> json(@Nullable @QueryValue String area, @Nullable @QueryValue String category,
                                @Nullable @QueryValue String page) {
        int number = JoinedPages.pageNumber(page);
        List<ItemIndexRow> rows = read(Instant.now(), trimmed(area), trimmed(category), PAGE_SIZE + 1,
                (number - 1) * PAGE_SIZE);
        Map<String, JoinedHubs.Origin> known = hubs.byOrigin();
        return HttpResponse.ok(new JoinedJson.Page(rows.stream().limit(PAGE_SIZE)
                .map(row -> JoinedJson.Item.of(row, known)).toList(), number,
                rows.size() > PAGE_SIZE ? number + 1 : null));
    }

    /** The same events as iCalendar (each UID its event's URI), for calendar apps to subscribe to. */
    @Get("/hubs/calendar.ics")
    @Produces("text/calendar")
    public HttpResponse<?> feed(@Nullable @QueryValue String area, @Nullable @QueryValue String category) {
        List<Long> ids = read(Instant.now(), trimmed(area), trimmed(category), FEED_EVENTS, 0).stream()
                .map(ItemIndexRow::localId).toList();
        String name = pages.site().hubName() + " and joined hubs"
                + (trimmed(area).isEmpty() ? "" : " · " + trimmed(area))
                + (trimmed(category).isEmpty() ? "" : " · " + trimmed(category));
        return HttpResponse.ok(events.calendar(name, ids).getBytes(StandardCharsets.UTF_8))
                .contentType("text/calendar; charset=utf-8").header("Cache-Control", "public, max-age=300");
    }

    private List<ItemIndexRow> read(Instant now, String area, String category, int limit, int offset) {
        List<String> origins = area.isEmpty() ? null : hubs.all().stream()
                .filter(hub -> hub.area() != null && hub.area().equalsIgnoreCase(area))
                .map(JoinedHubs.Origin::origin).toList();
        if (origins != null && origins.isEmpty()) {
            return List.of();
        }
        return index.upcoming(now, origins, category.isEmpty() ? null : category, limit, offset);
    }

    private List<HubOption> areas() {
        return hubs.all().stream().map(JoinedHubs.Origin::area).filter(Objects::nonNull).distinct().sorted()
                .map(area -> new HubOption(area, area)).toList();
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
