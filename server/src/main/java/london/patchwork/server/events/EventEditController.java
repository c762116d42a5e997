package london.patchwork.server.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.events.EventFormView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Members create events on the site; an event's organisers and the hub's edit, cancel and delete them. A refused
 * form comes back with what was typed and the reason beside each field; nothing stored changes.
 */
@Controller("/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class EventEditController {

    private static final String EXPIRED = "The form had expired or did not come from this site. Check it and save "
            + "again.";

    private final EventService events;
    private final EventPages pages;
    private final EventViews views;
    private final FormTokens formTokens;
    private final SiteContext site;

    public EventEditController(EventService events, EventPages pages, EventViews views, FormTokens formTokens,
                               SiteContext site) {
        this.events = events;
        this.pages = pages;
        this.views = views;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** A button's form: only its token. */
    @Serdeable
    public record TokenForm(@Nullable @JsonProperty("_form") String form) {
    }

    @Get("/new")
    public HttpResponse<?> newForm(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (!EventsPageController.member(authentication)) {
            return signIn("/events/new");
        }
        String token = formTokens.token(request);
        return form(HttpStatus.OK, token, pages.form(true, null, EventViews.BLANK, Map.of(), token));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body EventForm posted,
                                  @Nullable Authentication authentication) {
        if (!EventsPageController.member(authentication)) {
            return signIn("/events/new");
        }
        String token = formTokens.token(request);
        if (!formTokens.accepts(request, posted.form())) {
            return form(HttpStatus.FORBIDDEN, token, pages.form(true, null, posted.input(), Map.of("title", EXPIRED),
                    token));
        }
        try {
            CalendarEvent event = events.create(EventEditor.of(authentication), posted.input());
            return HttpResponse.seeOther(URI.create("/events/" + event.id()));
        } catch (EventService.Invalid invalid) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, token, pages.form(true, null, posted.input(),
                    invalid.errors(), token));
        }
    }

    @Get("/{id}/edit")
    public HttpResponse<?> editForm(@PathVariable String id, HttpRequest<?> request,
                                    @Nullable Authentication authentication) {
        if (!EventsPageController.member(authentication)) {
            return signIn("/events/" + id + "/edit");
        }
        Optional<CalendarEvent> event = live(id);
        if (event.isEmpty()) {
            return missing();
        }
        if (!EventEditor.of(authentication).mayChange(event.get())) {
            return forbidden(event.get());
        }
        String token = formTokens.token(request);
        return form(HttpStatus.OK, token, pages.form(false, event.get(), views.input(event.get()), Map.of(), token));
    }

    @Post("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> edit(@PathVariable String id, HttpRequest<?> request, @Body EventForm posted,
                                @Nullable Authentication authentication) {
        if (!EventsPageController.member(authentication)) {
            return signIn("/events/" + id + "/edit");
        }
        Optional<CalendarEvent> event = live(id);
        if (event.isEmpty()) {
            return missing();
        }
        String token = formTokens.token(request);
        if (!formTokens.accepts(request, posted.form())) {
            return form(HttpStatus.FORBIDDEN, token, pages.form(false, event.get(), posted.input(),
                    Map.of("title", EXPIRED), token));
        }
        try {
            events.edit(event.get().id(), EventEditor.of(authentication), posted.input());
            return HttpResponse.seeOther(URI.create("/events/" + event.get().id()));
        } catch (EventService.Invalid invalid) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, token, pages.form(false, event.get(), posted.input(),
                    invalid.errors(), token));
        } catch (EventService.Forbidden refused) {
            return forbidden(event.get());
        } catch (EventService.NotFound gone) {
            return missing();
        }
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(@PathVariable String id, HttpRequest<?> request, @Body TokenForm posted,
                                  @Nullable Authentication authentication) {
        return button(id, request, posted, authentication, false);
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(@PathVariable String id, HttpRequest<?> request, @Body TokenForm posted,
                                  @Nullable Authentication authentication) {
        return button(id, request, posted, authentication, true);
    }

    private HttpResponse<?> button(String id, HttpRequest<?> request, TokenForm posted,
                                   @Nullable Authentication authentication, boolean delete) {
        Optional<CalendarEvent> event = live(id);
        if (event.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", "/events/" + id, "Back to the event");
        }
        try {
            if (delete) {
                events.delete(event.get().id(), EventEditor.of(authentication));
                return HttpResponse.seeOther(URI.create("/events"));
            }
            events.cancel(event.get().id(), EventEditor.of(authentication));
            return HttpResponse.seeOther(URI.create("/events/" + id));
        } catch (EventService.Forbidden refused) {
            return forbidden(event.get());
        } catch (EventService.NotFound gone) {
            return missing();
        }
    }

    private Optional<CalendarEvent> live(String id) {
        return Ids.parse(id).flatMap(events::find).filter(event -> !event.deleted());
    }

    private HttpResponse<?> form(HttpStatus status, String token, EventFormView view) {
        return HttpResponse.status(status).body(Pages.render("events/form", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> forbidden(CalendarEvent event) {
        return site.notice(HttpStatus.FORBIDDEN, "Only its organisers change an event",
                "Ask one of the event's organisers or an organiser of the hub.", "/events/" + event.id(),
                "Back to the event");
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such event", "There is no event here.", "/events",
                "Upcoming events");
    }

    static HttpResponse<?> signIn(String next) {
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}
