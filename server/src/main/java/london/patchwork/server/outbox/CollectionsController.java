package london.patchwork.server.outbox;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;

import java.util.Optional;
import java.util.function.Function;

/** A local actor's outbox (public activities, newest first) and featured collection (pinned posts). */
@Controller("/actors/{username}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
public class CollectionsController {

    private final LocalActors localActors;
    private final CollectionPages pages;
    private final ActivityResponses responses;

    public CollectionsController(LocalActors localActors, CollectionPages pages, ActivityResponses responses) {
        this.localActors = localActors;
        this.pages = pages;
        this.responses = responses;
    }

    @Get("/outbox")
    public HttpResponse<?> outbox(@PathVariable String username, @Nullable @QueryValue String page,
                                  @Nullable @QueryValue("max_id") String maxId, HttpRequest<?> request) {
        return withActor(username, request, actor -> page == null ? pages.outbox(actor)
                : pages.outboxPage(actor, parseLong(maxId).orElse(Long.MAX_VALUE)));
    }

    @Get("/collections/featured")
    public HttpResponse<?> featured(@PathVariable String username, HttpRequest<?> request) {
        return withActor(username, request, pages::featured);
    }

    private HttpResponse<?> withActor(String username, HttpRequest<?> request,
                                      Function<Actor, ApObject> collection) {
        Optional<Actor> actor = localActors.find(username);
        if (actor.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such actor");
        }
        return responses.document(request, collection.apply(actor.get()));
    }

    private static Optional<Long> parseLong(@Nullable String value) {
        return Ids.parse(value).map(number -> Math.max(1, number));
    }
}
