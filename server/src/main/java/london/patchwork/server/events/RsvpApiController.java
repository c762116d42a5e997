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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.util.Locale;
import java.util.Optional;

/**
 * Answering an event (going, maybe, not going) and taking the answer back; the attendee list, as JSON or CSV, for
 * the event's organisers and the hub's, who also approve or turn down answers to a restricted event.
 */
@Controller("/api/patchwork/events/{id}")
@Secured({Roles.MEMBER, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class RsvpApiController {

    private final EventService events;
    private final Attendance attendance;
    private final Attendees attendees;
    private final ActorRepository actors;

    public RsvpApiController(EventService events, Attendance attendance, Attendees attendees,
                             ActorRepository actors) {
        this.events = events;
        this.attendance = attendance;
        this.attendees = attendees;
        this.actors = actors;
    }

    @Post("/rsvp")
    @OAuthScope("write")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> answer(@PathVariable String id, @Nullable @Body EventJson.RsvpWrite body,
                                  Authentication authentication) {
        Optional<RsvpResponse> response = parse(body == null || body.response() == null ? "going"
                : body.response());
        if (response.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "response must be going, maybe or not_going");
        }
        Optional<Actor> member = Viewers.actorId(authentication).flatMap(actors::findById);
        if (member.isEmpty()) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, "the organiser token cannot answer an event; "
                    + "sign in as a member");
        }
        Optional<Long> eventId = Ids.parse(id);
        return eventId.isEmpty() ? EventsApiController.missing() : EventsApiController.guarded(() ->
                HttpResponse.ok(state(attendance.answer(eventId.get(), member.get(), response.get(), null))));
    }

    @Delete("/rsvp")
    @OAuthScope("write")
    public HttpResponse<?> withdraw(@PathVariable String id, Authentication authentication) {
        Optional<Long> actorId = Viewers.actorId(authentication);
        Optional<Long> eventId = Ids.parse(id);
        if (actorId.isEmpty() || eventId.isEmpty() || events.find(eventId.get()).isEmpty()) {
            return EventsApiController.missing();
        }
        return attendance.leave(eventId.get(), actorId.get()) ? HttpResponse.noContent()
                : ApiError.of(HttpStatus.NOT_FOUND, "you had not answered this event");
    }

    @Get("/attendees")
    @OAuthScope("read")
    public HttpResponse<?> list(@PathVariable String id, Authentication authentication) {
        return EventsApiController.guarded(() -> {
            CalendarEvent event = organised(id, authentication);
            return HttpResponse.ok(attendees.of(event).stream().map(attendees::json).toList());
        });
    }

    @Get("/attendees.csv")
    @OAuthScope("read")
    @Produces("text/csv")
    public HttpResponse<?> csv(@PathVariable String id, Authentication authentication) {
        return EventsApiController.guarded(() -> {
            CalendarEvent event = organised(id, authentication);
            return HttpResponse.ok(attendees.csv(event)).contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"event-" + event.id() + "-attendees.csv\"")
                    .header("Cache-Control", "no-store");
        });
    }

    @Post("/attendees/{rsvpId}/approve")
    @OAuthScope("write")
    public HttpResponse<?> approve(@PathVariable String id, @PathVariable String rsvpId,
                                   Authentication authentication) {
        return decide(id, rsvpId, authentication, true);
    }

    @Post("/attendees/{rsvpId}/reject")
    @OAuthScope("write")
    public HttpResponse<?> reject(@PathVariable String id, @PathVariable String rsvpId,
                                  Authentication authentication) {
        return decide(id, rsvpId, authentication, false);
    }

    private HttpResponse<?> decide(String id, String rsvpId, Authentication authentication, boolean approve) {
        Optional<Long> eventId = Ids.parse(id);
        Optional<Long> answerId = Ids.parse(rsvpId);
        if (eventId.isEmpty() || answerId.isEmpty()) {
            return EventsApiController.missing();
        }
        return EventsApiController.guarded(() -> HttpResponse.ok(state(attendance.decide(eventId.get(),
                answerId.get(), EventEditor.of(authentication), approve))));
    }

    private CalendarEvent organised(String id, Authentication authentication) {
        long eventId = Ids.parse(id).orElseThrow(() -> new EventService.NotFound(0));
        return events.changeable(eventId, EventEditor.of(authentication));
    }

    private EventJson.RsvpState state(Rsvp rsvp) {
        CalendarEvent event = events.find(rsvp.eventId()).orElseThrow();
        return new EventJson.RsvpState(Long.toString(rsvp.eventId()), rsvp.response().name().toLowerCase(Locale.ROOT),
                rsvp.standing().name().toLowerCase(Locale.ROOT), placesTaken(event), remaining(event));
    }

    private int placesTaken(CalendarEvent event) {
        return (int) attendance.all(event.id()).stream().filter(Rsvp::takesPlace).count();
    }

    private Integer remaining(CalendarEvent event) {
        return event.capacity() == null ? null : Math.max(0, event.capacity() - placesTaken(event));
    }

    static Optional<RsvpResponse> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "going", "yes" -> Optional.of(RsvpResponse.GOING);
            case "maybe" -> Optional.of(RsvpResponse.MAYBE);
            case "not_going", "no" -> Optional.of(RsvpResponse.NOT_GOING);
            default -> Optional.empty();
        };
    }
}
