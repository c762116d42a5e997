package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.SiteContext;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * An organiser puts an image on an event from its page: uploaded through the media capability (type sniffed,
 * re-encoded without metadata, as posts' images are), then shown on the page and sent in the Event's attachment.
 */
@Controller("/events/{id}/image")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class EventImageController {

    private final EventService events;
    private final MediaService media;
    private final FormTokens formTokens;
    private final SiteContext site;

    public EventImageController(EventService events, MediaService media, FormTokens formTokens, SiteContext site) {
        this.events = events;
        this.media = media;
        this.formTokens = formTokens;
        this.site = site;
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(@PathVariable String id, HttpRequest<?> request,
                                  @Nullable Authentication authentication, @Nullable @Part("_form") String form,
                                  @Nullable @Part("image_description") String description,
                                  @Nullable @Part("image") CompletedFileUpload image) throws IOException {
        EventEditor editor = EventEditor.of(authentication);
        Optional<CalendarEvent> event = Ids.parse(id).flatMap(events::find).filter(found -> !found.deleted());
        if (event.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such event", "There is no event here.", "/events",
                    "Upcoming events");
        }
        if (editor.actorId() == null || !editor.mayChange(event.get())) {
            return back(id, HttpStatus.FORBIDDEN, "Only its organisers change an event",
                    "Ask one of the event's organisers.");
        }
        if (!formTokens.accepts(request, form)) {
            return back(id, HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.");
        }
        if (image == null || image.getSize() == 0) {
            return back(id, HttpStatus.UNPROCESSABLE_ENTITY, "Choose an image", "Choose a JPEG, PNG or GIF file.");
        }
        String alt = description == null || description.isBlank() ? null : description.strip();
        try {
            MediaService.Attachment uploaded = media.upload(editor.actorId(), image.getBytes(), alt);
            events.setImage(event.get().id(), editor, uploaded.id(), alt);
            return HttpResponse.seeOther(URI.create("/events/" + id));
        } catch (MediaService.Refused refused) {
            return back(id, HttpStatus.valueOf(refused.status()), "That image was not taken",
                    refused.getMessage().replace("Validation failed: ", ""));
        }
    }

    private HttpResponse<?> back(String id, HttpStatus status, String heading, String message) {
        return site.notice(status, heading, message, "/events/" + id, "Back to the event");
    }
}
