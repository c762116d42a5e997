package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The events JSON API: anyone reads; members (and the organiser token, as the hub) create; an event's organisers and
 * the hub's organisers edit, cancel and delete. Bad input is 422 with the reasons, and nothing stored changes.
 */
@Controller("/api/patchwork/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class EventsApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final ZoneId LONDON = ZoneId.of(EventInput.DEFAULT_ZONE);

    private final EventService events;
    private final EventViews views;

    public EventsApiController(EventService events, EventViews views) {
        this.events = events;
        this.views = views;
    }

    /**
     * Events overlapping {@code from} to {@code to} (dates, London time, or instants), soonest first; from now on
     * when no range is given. {@code limit} and {@code offset} page; a {@code Link} header names the next page.
     */
    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        Instant start;
        Instant end;
        try {
            start = from == null || from.isBlank() ? Instant.now() : instant(from);
            end = to == null || to.isBlank() ? Instant.parse("9999-12-31T00:00:00Z")
                    : to.length() == 10 ? LocalDate.parse(to).plusDays(1).atStartOfDay(LONDON).toInstant()
                    : Instant.parse(to);
        } catch (DateTimeException e) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "from and to must be dates (2026-12-01) or instants "
                    + "(2026-12-01T18:00:00Z)");
        }
        if (end.isBefore(start)) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "to is before from");
        }
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        int skip = offset == null ? 0 : Math.max(0, offset);
        List<CalendarEvent> page = events.between(start, end, size + 1, skip);
        HttpResponse<?> response = HttpResponse.ok(page.stream().limit(size).map(views::full).toList());
        if (page.size() > size) {
            String next = "/api/patchwork/events?from=" + start + "&to=" + end + "&limit=" + size + "&offset="
                    + (skip + size);
            return ((io.micronaut.http.MutableHttpResponse<?>) response).header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response;
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id) {
        return live(id).<HttpResponse<?>>map(event -> HttpResponse.ok(views.full(event)))
                .orElseGet(EventsApiController::missing);
    }

    @Post
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(@Body EventJson.Write body, Authentication authentication) {
        return guarded(() -> {
            CalendarEvent event = events.create(EventEditor.of(authentication), EventViews.merge(EventViews.BLANK,
                    body));
            return HttpResponse.created(views.full(event), URI.create("/api/patchwork/events/" + event.id()));
        });
    }

    @Put("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> replace(@PathVariable String id, @Body EventJson.Write body,
                                   Authentication authentication) {
        return edit(id, body, authentication, true);
    }

    @Patch("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<?> patch(@PathVariable String id, @Body EventJson.Write body, Authentication authentication) {
        return edit(id, body, authentication, false);
    }

    @Post("/{id}/cancel")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> cancel(@PathVariable String id, Authentication authentication) {
        Optional<Long> eventId = Ids.parse(id);
        return eventId.isEmpty() ? missing() : guarded(() -> HttpResponse.ok(views.full(
                events.cancel(eventId.get(), EventEditor.of(authentication)))));
    }

    @Delete("/{id}")
    @Secured({Roles.MEMBER, Roles.ORGANISER})
    @OAuthScope("write")
    public HttpResponse<?> delete(@PathVariable String id, Authentication authentication) {
        Optional<Long> eventId = Ids.parse(id);
        return eventId.isEmpty() ? missing() : guarded(() -> {
            events.delete(eventId.get(), EventEditor.of(authentication));
            return HttpResponse.noContent();
        });
    }

    private HttpResponse<?> edit(String id, EventJson.Write body, Authentication authentication, boolean replace) {
        Optional<CalendarEvent> event = live(id);
        if (event.isEmpty()) {
            return missing();
        }
        EventEditor editor = EventEditor.of(authentication);
        return guarded(() -> {
            EventInput base = replace ? EventViews.BLANK : views.input(events.changeable(event.get().id(), editor));
            return HttpResponse.ok(views.full(events.edit(event.get().id(), editor, EventViews.merge(base, body))));
        });
    }

    /** The service's refusals as HTTP answers. */
    static HttpResponse<?> guarded(Supplier<HttpResponse<?>> action) {
        try {
            return action.get();
        } catch (EventService.Invalid invalid) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        } catch (EventService.NotFound gone) {
            return missing();
        } catch (EventService.Forbidden forbidden) {
            return ApiError.of(HttpStatus.FORBIDDEN, forbidden.getMessage());
        } catch (Attendance.Closed closed) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, closed.getMessage());
        }
    }

    private Optional<CalendarEvent> live(String id) {
        return Ids.parse(id).flatMap(events::find).filter(event -> !event.deleted());
    }

    static HttpResponse<?> missing() {
        return ApiError.of(HttpStatus.NOT_FOUND, "no such event");
    }

    private static Instant instant(String value) {
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(LONDON).toInstant() : Instant.parse(value);
    }
}
