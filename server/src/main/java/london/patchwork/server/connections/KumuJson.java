package london.patchwork.server.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.assets.AssetService;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The network in Kumu's JSON import shape: elements carrying their metrics as plain attributes, and connections.
 * Members appear as elements of type {@code member}; an import never makes members of them.
 */
final class KumuJson {

    private KumuJson() {
    }

    @Serdeable
    record Map(List<Element> elements, List<Connection> connections) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Element(String id, String label, String type, @Nullable String description, List<String> tags,
                   @Nullable String category, int degree, double betweenness, double closeness, double clustering,
                   int core, int community) {
    }

    @Serdeable
    record Connection(String id, String from, String to, String type, String direction, int strength,
                      String description) {
    }

    static Map of(NetworkExport.Snapshot snapshot, LongFunction<Optional<AssetService.Entry>> assets,
                  LongFunction<String> tieUrl) {
        NetworkFigures figures = snapshot.figures();
        List<Element> elements = figures.network().nodes().stream().map(node -> {
            NetworkFigures.Node metrics = figures.nodes().get(node.key());
            Optional<AssetService.Entry> asset = node.assetId() == null ? Optional.empty()
                    : assets.apply(node.assetId());
            return new Element(node.key(), node.name(), node.kind(),
                    asset.map(AssetService.Entry::description).orElse(null),
                    asset.map(AssetService.Entry::tags).orElse(List.of()), node.category(), metrics.degree(),
                    metrics.betweenness(), metrics.closeness(), metrics.clustering(), metrics.core(),
                    metrics.community());
        }).toList();
        List<Connection> connections = figures.network().links().stream().map(link -> {
            Tie tie = snapshot.tie(link);
            return new Connection(tie != null && tie.uri() != null ? tie.uri() : tieUrl.apply(link.tieId()),
                    link.from(), link.to(), link.type(), link.mutual() ? "mutual" : "directed", link.strength(),
                    snapshot.note(link));
        }).toList();
        return new Map(elements, connections);
    }
}
