package london.patchwork.server.site;

import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.web.hub.HubView;
import london.patchwork.web.layout.PageMeta;

import java.util.Map;

/** Renders the hub's own page, shown at {@code /} and, to browsers, at the Group actor's URL. */
@Singleton
public class HubPages {

    private final LocalActors localActors;
    private final SiteContext siteContext;
    private final Uris uris;

    public HubPages(LocalActors localActors, SiteContext siteContext, Uris uris) {
        this.localActors = localActors;
        this.siteContext = siteContext;
        this.uris = uris;
    }

    public ModelAndView<Map<String, Object>> home() {
        Actor hub = localActors.hub();
        String actorUrl = uris.actor(hub.username()).toString();
        String summary = hub.summary() == null ? "" : hub.summary();
        PageMeta meta = new PageMeta(hub.displayName(), summary.isBlank() ? hub.displayName() : summary,
                uris.base().toString(), actorUrl);
        return Pages.render("hub/home", new HubView(siteContext.site(), meta, hub.displayName(),
                siteContext.site().handle(), actorUrl, summary, hub.iconUrl()));
    }
}
