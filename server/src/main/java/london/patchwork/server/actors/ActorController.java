package london.patchwork.server.actors;

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

import java.util.Optional;

/**
 * Local actors at their ids: the ActivityPub document for fediverse software; everyone else is sent to the page
 * the actor's {@code url} names (the home page, for the hub).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActorController {

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ActorActivities activities;
    private final ActivityResponses responses;

    public ActorController(LocalActors localActors, LocalActorUris actorUris, ActorActivities activities,
                           ActivityResponses responses) {
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.activities = activities;
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
            // Browsers, crawlers and link previews (any Accept that is not ActivityStreams) go to the actor's page.
            return HttpResponse.seeOther(actorUris.profilePage(actor.get())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return responses.document(request, activities.toActivityStreams(actor.get()));
    }

    /** The server's own actor (FEP-d556, FEP-2677), which signs the hub's fetches. */
    @Get("/actor")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> instanceActor(HttpRequest<?> request) {
        Actor actor = localActors.find(LocalActors.INSTANCE_ACTOR_USERNAME)
                .orElseThrow(() -> new IllegalStateException("the instance actor is created at start-up"));
        return responses.document(request, activities.toActivityStreams(actor));
    }
}
