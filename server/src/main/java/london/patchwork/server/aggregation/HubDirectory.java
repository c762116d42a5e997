package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.connections.ConnectionService;
import london.patchwork.server.delivery.DeliveryReports;
import london.patchwork.server.events.EventService;
import london.patchwork.server.instance.ActorCounts;
import london.patchwork.server.instance.ContentCounts;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The directory of hubs: each joined hub as {@link HubJson} (what it says of itself, as last read; what is kept here
 * from its origin; how delivery to it goes), and this instance itself for the top of the page. Counts are a handful
 * of indexed queries per hub: a directory lists tens of hubs, not thousands.
 */
@Singleton
class HubDirectory {

    private final HubRepository hubs;
    private final ActorRepository actors;
    private final EventService events;
    private final AssetService assets;
    private final ConnectionService connections;
    private final DeliveryReports delivery;
    private final HubConfiguration hub;
    private final Instance instance;
    private final Uris uris;
    private final ActorCounts actorCounts;
    private final ContentCounts contentCounts;

    HubDirectory(HubRepository hubs, ActorRepository actors, EventService events, AssetService assets,
                 ConnectionService connections, DeliveryReports delivery, HubConfiguration hub, Instance instance,
                 Uris uris, ActorCounts actorCounts, ContentCounts contentCounts) {
        this.hubs = hubs;
        this.actors = actors;
        this.events = events;
        this.assets = assets;
        this.connections = connections;
        this.delivery = delivery;
        this.hub = hub;
        this.instance = instance;
        this.uris = uris;
        this.actorCounts = actorCounts;
        this.contentCounts = contentCounts;
    }

    /**
     * A hub as the page lists it: its JSON, where its site is and its icon.
     *
     * @param site the hub's own page for people: its Group's profile page when it says one, else its origin
     */
    record Listed(HubJson hub, String site, @Nullable String icon) {
    }

    /** This instance as the top of the page shows it. */
    record Self(String name, String handle, String site, @Nullable String area, String summary, HubJson.Counts counts,
                @Nullable String icon) {
    }

    /** Every joined hub, by name. */
    List<HubJson> hubs() {
        return listed().stream().map(Listed::hub).toList();
    }

    /** One joined hub as the directory lists it: what adding or reading one through the API answers too. */
    HubJson json(Hub row) {
        return listed(row).hub();
    }

    List<Listed> listed() {
        return hubs.findAllOrderByNameAsc().stream().map(this::listed).toList();
    }

    Self self() {
        HubJson.Counts counts = new HubJson.Counts(clamp(actorCounts.localPublishers()),
                clamp(contentCounts.localPosts()), events.count(null), assets.count(null), connections.count(null));
        String area = hub.area() == null || hub.area().isBlank() ? null : hub.area();
        String icon = hub.icon() == null || hub.icon().isBlank() ? null : hub.icon();
        return new Self(hub.name(), "@" + hub.username() + "@" + instance.authority(), uris.page("/").toString(),
                area, hub.summary(), counts, icon);
    }

    private Listed listed(Hub row) {
        Optional<Actor> actor = actors.findById(row.actorId());
        String actorUri = actor.map(Actor::uri).orElse(row.origin());
        HubJson.Counts counts = new HubJson.Counts(row.members(), row.posts(), events.count(row.origin()),
                assets.count(row.origin()), connections.count(row.origin()));
        DeliveryReports.HostHealth health = Origin.parse(row.origin()).map(Origin::authority).map(delivery::host)
                .orElse(new DeliveryReports.HostHealth(null, "closed"));
        HubJson json = new HubJson(String.valueOf(row.id()), row.handle(), actorUri, row.origin(), row.name(),
                row.summary(), row.area(), row.software(), counts,
                row.addedAt() == null ? Instant.EPOCH : row.addedAt(), row.lastActivityAt(),
                new HubJson.Health(row.reachable(), row.refreshedAt(), health.lastDeliveredAt(), health.circuit()),
                new HubJson.Backfill(row.backfillState(), row.backfillItems(), row.backfillError()));
        String site = actor.map(Actor::url).filter(HubDirectory::web).orElse(row.origin());
        return new Listed(json, site, actor.map(Actor::iconUrl).filter(HubDirectory::web).orElse(null));
    }

    private static boolean web(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static Integer clamp(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
