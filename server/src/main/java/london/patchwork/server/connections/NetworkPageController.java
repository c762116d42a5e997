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
import london.patchwork.server.site.Pages;

/** The network drawn, with its figures, and the weaver's view: read from the cached figures, never computed here. */
@Controller("/network")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class NetworkPageController {

    private final NetworkFiguresCache cache;
    private final ConnectionService connections;
    private final NetworkPages pages;

    NetworkPageController(NetworkFiguresCache cache, ConnectionService connections, NetworkPages pages) {
        this.cache = cache;
        this.connections = connections;
        this.pages = pages;
    }

    @Get
    public HttpResponse<?> network(@Nullable @QueryValue String type, @Nullable @QueryValue String kind) {
        NetworkFigures figures = cache.figures();
        NetworkFilter filter = NetworkFilter.of(type, kind);
        String problem = filter.problem(connections.types(), figures);
        NetworkFilter shown = problem.isEmpty() ? filter : NetworkFilter.of(null, null);
        return HttpResponse.status(problem.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Pages.render("connections/network", pages.network(figures, cache.stale(), shown,
                        connections.types(), problem)))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/weaving")
    public HttpResponse<?> weaving() {
        return HttpResponse.ok(Pages.render("connections/weaving", pages.weaving(cache.figures())))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
