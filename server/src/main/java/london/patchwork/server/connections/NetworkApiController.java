package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Uris;

/** The network with its metrics as JSON, filtered as the page is: what the interactive view draws. */
@Controller("/api/patchwork/network")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class NetworkApiController {

    private final NetworkFiguresCache cache;
    private final ConnectionService connections;
    private final Uris uris;

    NetworkApiController(NetworkFiguresCache cache, ConnectionService connections, Uris uris) {
        this.cache = cache;
        this.connections = connections;
        this.uris = uris;
    }

    @Get
    public HttpResponse<?> network(@Nullable @QueryValue String type, @Nullable @QueryValue String kind) {
        NetworkFigures figures = cache.figures();
        NetworkFilter filter = NetworkFilter.of(type, kind);
        String problem = filter.problem(connections.types(), figures);
        if (!problem.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, problem);
        }
        NetworkFilter.Shown shown = filter.apply(figures);
        return HttpResponse.ok(new NetworkJson.Graph(figures.computedAt(), cache.stale(),
                NetworkJson.Whole.of(figures.whole()), shown.matched(),
                shown.nodes().stream().map(node -> NetworkJson.Node.of(node, figures)).toList(),
                shown.links().stream().map(link -> new NetworkJson.Tie(tieUrl(link), link.from(), link.to(),
                        link.type(), link.mutual(), link.strength())).toList()));
    }

    private String tieUrl(Network.Link link) {
        return uris.page("/connections/" + link.tieId()).toString();
    }
}
