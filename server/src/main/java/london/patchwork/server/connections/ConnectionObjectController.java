package london.patchwork.server.connections;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.util.Optional;

/**
 * A tie's id and page, one URL: fediverse software gets the {@code Relationship}, a browser a sentence saying who is
 * tied to whom and how, linking to the first end.
 */
@Controller("/connections")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConnectionObjectController {

    private final ConnectionService connections;
    private final ConnectionFederation federation;
    private final ConnectionActivities activities;
    private final TieRepository ties;
    private final ActivityResponses responses;
    private final SiteContext site;
    private final Pages renderer;

    ConnectionObjectController(ConnectionService connections, ConnectionFederation federation,
                               ConnectionActivities activities, TieRepository ties, ActivityResponses responses,
                               SiteContext site, Pages renderer) {
        this.renderer = renderer;
        this.connections = connections;
        this.federation = federation;
        this.activities = activities;
        this.ties = ties;
        this.responses = responses;
        this.site = site;
    }

    @Get("/{id}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> tie(@PathVariable String id, HttpRequest<?> request) {
        Optional<Tie> tie = Ids.parse(id).flatMap(ties::findById);
        if (ActivityResponses.wantsActivityJson(request)) {
            if (tie.isEmpty() || !tie.get().local()) {
                return ApiError.of(HttpStatus.NOT_FOUND, tie.map(found -> "this connection's id is " + found.uri())
                        .orElse("no such connection"));
            }
            if (tie.get().deleted()) {
                return responses.document(request, HttpStatus.GONE, activities.tombstone(tie.get()));
            }
            return federation.document(tie.get())
                    .<HttpResponse<?>>map(document -> responses.document(request, document)
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT))
                    .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "this connection is not public"));
        }
        if (tie.isEmpty() || tie.get().deleted()) {
            // This route also answers JSON, so its pages are rendered here whatever the Accept header said.
            return renderer.html(request, HttpStatus.NOT_FOUND, site.noticePage("No such connection",
                    "There is no connection here.", "/assets", "All assets"));
        }
        ConnectionService.Described described = connections.describe(tie.get());
        String sentence = described.subject().name() + " " + described.type().name() + " "
                + described.object().name();
        String note = tie.get().note().isBlank() ? sentence + "." : sentence + ": " + tie.get().note();
        String link = described.subject().url() != null ? described.subject().url() : "/assets";
        return renderer.html(request, HttpStatus.OK, site.noticePage(sentence, note, link,
                described.subject().name())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header("Cache-Control", "no-store");
    }
}
