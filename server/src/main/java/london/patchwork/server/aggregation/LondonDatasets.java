package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.DatasetSource;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pooled datasets of everything held here, this hub's own and every joined hub's, each record saying which hub it
 * comes from and its original id. Listed on {@code /datasets} once this instance has joined up with a hub.
 */
@Singleton
class LondonDatasets implements DatasetSource {

    static final String SECTION = "Across the hubs";
    static final String BASE = "/datasets/london";

    private final HubRepository hubs;
    private final HubConfiguration hub;
    private final Uris uris;

    LondonDatasets(HubRepository hubs, HubConfiguration hub, Uris uris) {
        this.hubs = hubs;
        this.hub = hub;
        this.uris = uris;
    }

    @Override
    public List<Dataset> datasets() {
        if (hubs.count() == 0) {
            return List.of();
        }
        return List.of(
                new Dataset(SECTION, "Community assets of every hub as GeoJSON",
                        "The assets of this hub and of every hub it has joined up with, as points (longitude first), "
                                + "each with its origin hub and its original id.",
                        BASE + "/assets.geojson", "application/geo+json", "GeoJSON"),
                new Dataset(SECTION, "Community assets of every hub as CSV",
                        "The same assets as a spreadsheet, with origin_hub, origin and original_id columns.",
                        BASE + "/assets.csv", "text/csv", "CSV"),
                new Dataset(SECTION, "Connections across the hubs as CSV",
                        "Every tie held here, one row each, with the hub it comes from and its original id.",
                        BASE + "/connections.csv", "text/csv", "CSV"),
                new Dataset(SECTION, "The network across the hubs as GraphML",
                        "Every asset and tie held here as one graph, for Gephi and other network tools.",
                        BASE + "/network.graphml", "application/graphml+xml", "GraphML"),
                new Dataset(SECTION, "Services of every hub (Open Referral UK)",
                        "The services and groups of this hub and every hub it has joined up with, as Open Referral "
                                + "UK service summaries with their origin hub and original id, a page at a time.",
                        BASE + "/openreferral/services", "application/json", "Open Referral UK"));
    }

    /** Each origin's hub name: the joined hubs' (as last read, or their handle), and this hub's own. */
    Map<String, String> hubNames() {
        Map<String, String> names = new HashMap<>();
        for (Hub joined : hubs.findAll()) {
            names.put(joined.origin(), joined.name() == null ? joined.handle() : joined.name());
        }
        URI base = uris.base();
        names.put(base.getScheme() + "://" + base.getRawAuthority(), hub.name());
        return names;
    }
}
