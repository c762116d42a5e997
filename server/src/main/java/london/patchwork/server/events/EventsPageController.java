package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Reading events: upcoming and past as lists, a month as a table, and an event's page, whose URL is also its id: the
 * Event for fediverse software, the page for browsers.
 */
@Controller("/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventsPageController {

    private final EventService events;
    private final EventPages pages;
    private final EventMonths months;
    private final EventActivities activities;
    private final ActivityResponses responses;
    private final FormTokens formTokens;
    private final Pages renderer;
    private final SiteContext site;

    public EventsPageController(EventService events, EventPages pages, EventMonths months,
                                EventActivities activities, ActivityResponses responses, FormTokens formTokens,
                                Pages renderer, SiteContext site) {
        this.events = events;
        this.pages = pages;
        this.months = months;
        this.activities = activities;
        this.responses = responses;
        this.formTokens = formTokens;
        this.renderer = renderer;
        this.site = site;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> upcoming(@Nullable @QueryValue String page, @Nullable Authentication authentication) {
        return html(Pages.render("events/list", pages.upcoming(page(page), member(authentication))));
    }

    @Get("/past")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> past(@Nullable @QueryValue String page, @Nullable Authentication authentication) {
        return html(Pages.render("events/list", pages.past(page(page), member(authentication))));
    }

    @Get("/{year:[0-9]+}/{month:[0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> month(@PathVariable String year, @PathVariable String month,
                                 @Nullable Authentication authentication) {
        YearMonth shown;
        try {
            shown = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        } catch (DateTimeException | NumberFormatException e) {
            return site.notice(HttpStatus.NOT_FOUND, "No such month", "Months run from 1 to 12.", "/events",
                    "Upcoming events");
        }
        return html(Pages.render("events/month", months.month(shown, member(authentication))));
    }

    @Get("/{id}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> event(@PathVariable String id, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        Optional<CalendarEvent> event = Ids.parse(id).flatMap(events::find);
        boolean json = ActivityResponses.wantsActivityJson(request);
        // This route also answers JSON, so its pages are rendered here whatever the Accept header said.
        if (event.isEmpty()) {
            return json ? ApiError.of(HttpStatus.NOT_FOUND, "no such event")
                    : renderer.html(request, HttpStatus.NOT_FOUND, site.noticePage("No such event",
                    "There is no event here.", "/events", "Upcoming events"));
        }
        if (event.get().deleted()) {
            return json ? responses.document(request, HttpStatus.GONE, activities.tombstone(event.get()))
                    : renderer.html(request, HttpStatus.GONE, site.noticePage("This event was deleted",
                    "Its organisers removed it.", "/events", "Upcoming events"));
        }
        if (json) {
            return event.get().local() ? responses.document(request, events.document(event.get()))
                    : ApiError.of(HttpStatus.NOT_FOUND, "this event's id is " + event.get().uri());
        }
        String token = formTokens.token(request);
        return renderer.html(request, HttpStatus.OK, Pages.render("events/event", pages.page(event.get(),
                        EventEditor.of(authentication), member(authentication), token)))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header("Cache-Control", "no-store")
                .cookie(formTokens.cookie(token));
    }

    private static HttpResponse<?> html(Object body) {
        return HttpResponse.ok(body).contentType(MediaType.TEXT_HTML_TYPE);
    }

    static boolean member(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MEMBER);
    }

    private static int page(@Nullable String page) {
        return Ids.parse(page).filter(n -> n < 10_000).map(Long::intValue).orElse(0);
    }
}
