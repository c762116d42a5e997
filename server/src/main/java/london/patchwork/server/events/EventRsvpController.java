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
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Optional;

/** A member's answer from the event page, and the organisers' attendee page with its approve and turn-down buttons. */
@Controller("/events/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class EventRsvpController {

    private final EventService events;
    private final Attendance attendance;
    private final Attendees attendees;
    private final EventPages pages;
    private final ActorRepository actors;
    private final FormTokens formTokens;
    private final SiteContext site;

    public EventRsvpController(EventService events, Attendance attendance, Attendees attendees, EventPages pages,
                               ActorRepository actors, FormTokens formTokens, SiteContext site) {
        this.events = events;
        this.attendance = attendance;
        this.attendees = attendees;
        this.pages = pages;
        this.actors = actors;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** The answer form: going, maybe or not_going. */
    @Serdeable
    public record AnswerForm(@Nullable String response, @Nullable @JsonProperty("_form") String form) {
    }

    @Post("/rsvp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(@PathVariable String id, HttpRequest<?> request, @Body AnswerForm posted,
                                  @Nullable Authentication authentication) {
        Optional<Actor> member = Viewers.actorId(authentication).flatMap(actors::findById);
        if (member.isEmpty()) {
            return EventEditController.signIn("/events/" + id);
        }
        Optional<Long> eventId = Ids.parse(id);
        if (eventId.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return back(id, HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.");
        }
        Optional<RsvpResponse> response = RsvpApiController.parse(posted.response() == null ? ""
                : posted.response());
        if (response.isEmpty()) {
            return back(id, HttpStatus.UNPROCESSABLE_ENTITY, "Choose an answer", "Going, maybe or not going.");
        }
        try {
            attendance.answer(eventId.get(), member.get(), response.get(), null);
            return HttpResponse.seeOther(URI.create("/events/" + id + "#rsvp-heading"));
        } catch (Attendance.Closed closed) {
            return back(id, HttpStatus.UNPROCESSABLE_ENTITY, "Answers are closed", closed.getMessage() + ".");
        } catch (EventService.NotFound gone) {
            return missing();
        }
    }

    @Get("/attendees")
    public HttpResponse<?> list(@PathVariable String id, HttpRequest<?> request,
                                @Nullable Authentication authentication) {
        if (!EventsPageController.member(authentication)) {
            return EventEditController.signIn("/events/" + id + "/attendees");
        }
        try {
            CalendarEvent event = events.changeable(Ids.parse(id).orElse(0L), EventEditor.of(authentication));
            String token = formTokens.token(request);
            return HttpResponse.ok(Pages.render("events/attendees", pages.attendees(event, attendees.of(event),
                            token))).contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                    .header("Cache-Control", "no-store");
        } catch (EventService.NotFound gone) {
            return missing();
        } catch (EventService.Forbidden refused) {
            return back(id, HttpStatus.FORBIDDEN, "Only its organisers see who is coming",
                    "Ask one of the event's organisers.");
        }
    }

    @Post("/attendees/{rsvpId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> approve(@PathVariable String id, @PathVariable String rsvpId, HttpRequest<?> request,
                                   @Body AnswerForm posted, @Nullable Authentication authentication) {
        return decide(id, rsvpId, request, posted, authentication, true);
    }

    @Post("/attendees/{rsvpId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(@PathVariable String id, @PathVariable String rsvpId, HttpRequest<?> request,
                                  @Body AnswerForm posted, @Nullable Authentication authentication) {
        return decide(id, rsvpId, request, posted, authentication, false);
    }

    private HttpResponse<?> decide(String id, String rsvpId, HttpRequest<?> request, AnswerForm posted,
                                   @Nullable Authentication authentication, boolean approve) {
        Optional<Long> eventId = Ids.parse(id);
        Optional<Long> answerId = Ids.parse(rsvpId);
        if (eventId.isEmpty() || answerId.isEmpty()) {
            return missing();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return back(id, HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.");
        }
        try {
            attendance.decide(eventId.get(), answerId.get(), EventEditor.of(authentication), approve);
            return HttpResponse.seeOther(URI.create("/events/" + id + "/attendees"));
        } catch (EventService.NotFound gone) {
            return missing();
        } catch (EventService.Forbidden refused) {
            return back(id, HttpStatus.FORBIDDEN, "Only its organisers decide", "Ask one of the event's organisers.");
        }
    }

    private HttpResponse<?> back(String id, HttpStatus status, String heading, String message) {
        return site.notice(status, heading, message, "/events/" + id, "Back to the event");
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such event", "There is no event here.", "/events",
                "Upcoming events");
    }
}
