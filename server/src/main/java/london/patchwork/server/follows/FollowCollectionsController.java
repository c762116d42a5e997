package london.patchwork.server.follows;

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
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;

import java.util.Optional;

/** A local actor's followers (the count only: who follows a hub is the residents' business) and following. */
@Controller("/actors/{username}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.ALL})
public class FollowCollectionsController {

    private final LocalActors localActors;
    private final FollowCollections collections;
    private final ActivityResponses responses;

    public FollowCollectionsController(LocalActors localActors, FollowCollections collections,
                                       ActivityResponses responses) {
        this.localActors = localActors;
        this.collections = collections;
        this.responses = responses;
    }

    @Get("/followers")
    public HttpResponse<?> followers(@PathVariable String username, @Nullable @QueryValue String page,
                                     HttpRequest<?> request) {
        Optional<Actor> actor = localActors.find(username);
        if (actor.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such actor");
        }
        return responses.document(request, page == null ? collections.followers(actor.get())
                : collections.followersPage(actor.get(), pageNumber(page)));
    }

    @Get("/following")
    public HttpResponse<?> following(@PathVariable String username, @Nullable @QueryValue String page,
                                     HttpRequest<?> request) {
        Optional<Actor> actor = localActors.find(username);
        if (actor.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such actor");
        }
        return responses.document(request, page == null ? collections.following(actor.get())
                : collections.followingPage(actor.get(), pageNumber(page)));
    }

    private static long pageNumber(String page) {
        return Ids.parse(page).map(number -> Math.max(1, number)).orElse(1L);
    }
}
