package london.patchwork.server.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;
import london.patchwork.web.hub.HubView;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.Stream;

import java.util.List;
import java.util.Map;

/** Renders the hub's own page, shown at {@code /} and, to browsers, at the Group actor's URL. */
@Singleton
public class HubPages {

    /** How many of the next events the home page lists. */
    static final int COMING_UP = 5;

    private final LocalActors localActors;
    private final SiteContext siteContext;
    private final Uris uris;
    private final List<HomeStream> streams;
    private final List<ComingUp> comingUp;
    private final Datasets datasets;
    private final String area;

    public HubPages(LocalActors localActors, SiteContext siteContext, Uris uris, List<HomeStream> streams,
                    List<ComingUp> comingUp, Datasets datasets, HubConfiguration hub) {
        this.area = hub.area();
        this.datasets = datasets;
        this.comingUp = comingUp;
        this.localActors = localActors;
        this.siteContext = siteContext;
        this.uris = uris;
        this.streams = streams;
    }

    /** @param maxId the "Older posts" link's {@code max_id}, or null for the newest posts */
    public ModelAndView<Map<String, Object>> home(@Nullable Long maxId) {
        Actor hub = localActors.hub();
        String actorUrl = uris.actor(hub.username()).toString();
        String summary = hub.summary() == null ? "" : hub.summary();
        PageMeta meta = new PageMeta(hub.displayName(), summary.isBlank() ? hub.displayName() : summary,
                uris.base().toString(), actorUrl).withFeeds(hub.displayName(), uris.page("/feed").toString())
                .withAlternates(datasets.alternates());
        // One provider at most in practice; with none (a hub built without posts) the page is the card alone.
        Stream stream = streams.isEmpty() ? null : streams.getFirst().recent(maxId);
        return Pages.render("hub/home", new HubView(siteContext.site(), meta, hub.displayName(),
                siteContext.site().handle(), actorUrl, summary, hub.iconUrl(), stream,
                comingUp.isEmpty() ? List.of() : comingUp.getFirst().next(COMING_UP),
                area == null || area.isBlank() ? null : area.strip()));
    }
}
