package london.patchwork.server.site;

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
import london.patchwork.web.hub.DatasetsView;
import london.patchwork.web.layout.PageMeta;

import java.util.Map;

/** {@code /datasets}: every open dataset the hub publishes, by section, with its format and the licence. */
@Controller("/datasets")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DatasetsController {

    private final Datasets datasets;
    private final SiteContext siteContext;
    private final DatasetsConfiguration configuration;
    private final Uris uris;

    public DatasetsController(Datasets datasets, SiteContext siteContext, DatasetsConfiguration configuration,
                              Uris uris) {
        this.datasets = datasets;
        this.siteContext = siteContext;
        this.configuration = configuration;
        this.uris = uris;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list() {
        String hub = siteContext.site().hubName();
        PageMeta meta = PageMeta.of("Open data · " + hub, "Datasets " + hub + " publishes: maps, spreadsheets, "
                + "networks and service directories, free to download.", uris.page("/datasets").toString())
                .withAlternates(datasets.alternates());
        return Pages.render("hub/datasets", new DatasetsView(siteContext.site(), meta, datasets.sections(),
                configuration.licence(), configuration.licenceUrl()));
    }
}
