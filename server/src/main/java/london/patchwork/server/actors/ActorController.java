package london.patchwork.server.actors;

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
import london.patchwork.server.site.HubPages;

import java.util.Optional;

/**
 * Local actors at their ids: the ActivityPub document for fediverse software, and for browsers the page
 * the actor's {@code url} names.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActorController {

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ActorMapper mapper;
    private final HubPages hubPages;
    private final ActivityResponses responses;

    public ActorController(LocalActors localActors, LocalActorUris actorUris, ActorMapper mapper, HubPages hubPages,
                           ActivityResponses responses) {
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.mapper = mapper;
        this.hubPages = hubPages;
        this.responses = responses;
    }

    @Get("/actors/{username}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> actor(@PathVariable String username, HttpRequest<?> request) {
        Optional<Actor> actor = localActors.find(username).filter(found -> !LocalActorUris.isInstanceActor(found));
        if (actor.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such actor");
        }
        if (!ActivityResponses.wantsActivityJson(request)) {
            if (actorUris.isHub(actor.get())) {
                return HttpResponse.ok(hubPages.home()).contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Vary", "Accept");
            }
            return HttpResponse.seeOther(actorUris.profilePage(actor.get()));
        }
        return responses.document(request, mapper.toActivityStreams(actor.get()));
    }

    /** The server's own actor (FEP-d556, FEP-2677), which signs the hub's fetches. */
    @Get("/actor")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> instanceActor(HttpRequest<?> request) {
        Actor actor = localActors.find(LocalActors.INSTANCE_ACTOR_USERNAME)
                .orElseThrow(() -> new IllegalStateException("the instance actor is created at start-up"));
        return responses.document(request, mapper.toActivityStreams(actor));
    }
}
