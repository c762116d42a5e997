package london.patchwork.server.aggregation;

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
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Roles;

import java.util.List;

/**
 * The relays this instance joined, for organisers (the organiser token): join by the relay's inbox or actor (201,
 * or 200 when joined already), list, leave.
 */
@Controller("/api/patchwork/relays")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class RelaysApiController {

    private final RelayService relays;

    public RelaysApiController(RelayService relays) {
        this.relays = relays;
    }

    /** The relay to join: its inbox, as Mastodon's admin form asks for, or its actor. */
    @Serdeable
    public record JoinRelay(@Nullable String inbox, @Nullable String actor) {
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> join(@Nullable @Body JoinRelay request) {
        if (request == null) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "give the relay's inbox or its actor");
        }
        try {
            RelayService.Joined joined = relays.join(request.inbox(), request.actor());
            return HttpResponse.status(joined.created() ? HttpStatus.CREATED : HttpStatus.OK).body(joined.relay());
        } catch (RelayRefused refused) {
            return ApiError.of(refused.status(), refused.getMessage());
        }
    }

    @Get
    public List<RelayJson> list() {
        return relays.list();
    }

    @Delete("/{id:[0-9]+}")
    public HttpResponse<?> leave(@PathVariable long id) {
        return relays.leave(id) ? HttpResponse.noContent() : ApiError.of(HttpStatus.NOT_FOUND, "no such relay");
    }
}
