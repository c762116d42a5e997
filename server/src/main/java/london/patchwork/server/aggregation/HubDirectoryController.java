package london.patchwork.server.aggregation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;

import java.util.List;
import java.util.Map;

/**
 * The directory of hubs, public: {@code GET /api/patchwork/hubs} (every joined hub as {@link HubJson}) and the
 * {@code /hubs} page (this instance first, marked, then each joined hub), rendered on the server.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HubDirectoryController {

    private final HubDirectory directory;
    private final SiteContext siteContext;
    private final Uris uris;

    HubDirectoryController(HubDirectory directory, SiteContext siteContext, Uris uris) {
        this.directory = directory;
        this.siteContext = siteContext;
        this.uris = uris;
    }

    @Get("/api/patchwork/hubs")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<List<HubJson>> list() {
        return HttpResponse.ok(directory.hubs()).header("Access-Control-Allow-Origin", "*");
    }

    @Get("/hubs")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page() {
        String name = siteContext.site().hubName();
        PageMeta meta = PageMeta.of("Hubs · " + name, "The local hubs " + name + " has joined up with: who they are, "
                + "where, how big, and how well they can be reached.", uris.page("/hubs").toString());
        return Pages.render("hubs/directory", HubDirectoryPages.view(siteContext.site(), meta, directory.self(),
                directory.listed()));
    }
}
