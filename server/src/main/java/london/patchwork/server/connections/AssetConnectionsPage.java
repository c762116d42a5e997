package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.connections.AssetConnectionsView;
import london.patchwork.web.connections.NetworkPageView;
import london.patchwork.web.layout.PageMeta;

/** An asset's ties as the view model of {@code web/connections/asset}. */
@Singleton
class AssetConnectionsPage {

    private final ConnectionService connections;
    private final SiteContext site;
    private final Uris uris;

    AssetConnectionsPage(ConnectionService connections, SiteContext site, Uris uris) {
        this.connections = connections;
        this.site = site;
        this.uris = uris;
    }

    AssetConnectionsView view(AssetService.Entry asset, ConnectionEditor viewer, boolean canAdd, String token,
                              String error) {
        ConnectionService.End self = new ConnectionService.End(asset.id(), null);
        var rows = connections.ofAsset(asset.id()).stream().map(connections::describe).map(described -> {
            Tie tie = described.tie();
            boolean subject = tie.subject().equals(self);
            ConnectionService.EndView other = subject ? described.object() : described.subject();
            return new AssetConnectionsView.Row(String.valueOf(tie.id()), described.type().name(),
                    tie.mutual() ? "↔" : subject ? "→" : "←", other.name(), other.url() == null ? other.key()
                    : other.url(), other.kind(), tie.strength(), tie.note(), viewer.mayChange(tie));
        }).toList();
        return new AssetConnectionsView(site.site(), PageMeta.of("Connections of " + asset.name(), "The ties of "
                + asset.name() + " to other assets and people", uris.page("/assets/" + asset.id()
                + "/connections").toString()), String.valueOf(asset.id()), asset.name(), rows, canAdd, token,
                connections.types().stream().map(type -> new NetworkPageView.Option(type.slug(), type.name()))
                        .toList(), error);
    }
}
