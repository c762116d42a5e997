package london.patchwork.server.site;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.PatchworkVersion;
import london.patchwork.web.layout.Site;

/** The frame every page shares: built once, since the hub's name and mode only change with a restart. */
@Singleton
public final class SiteContext {

    private final Site site;

    public SiteContext(HubConfiguration hub, Instance instance, PatchworkVersion version) {
        this.site = new Site(hub.name(), "@" + hub.username() + "@" + instance.authority(), instance.localMode(),
                version.version());
    }

    public Site site() {
        return site;
    }
}
