package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.site.DatasetSource;

import java.util.List;

/** The network's open datasets, listed on {@code /datasets} and served by {@link NetworkDatasetsController}. */
@Singleton
class NetworkDatasets implements DatasetSource {

    static final String SECTION = "The network";
    static final String GRAPHML = "application/graphml+xml";

    @Override
    public List<Dataset> datasets() {
        return List.of(
                new Dataset(SECTION, "Connections", "Every tie between assets and people: its type, its two ends, "
                        + "strength and note", "/datasets/connections.csv", "text/csv", "CSV"),
                new Dataset(SECTION, "The network for Kumu", "Assets and people with their network metrics, and "
                        + "the ties between them, in Kumu's import format", "/datasets/network.kumu.json",
                        "application/json", "Kumu JSON"),
                new Dataset(SECTION, "The network for Gephi", "Assets and people with their network metrics as node "
                        + "data, and the ties between them", "/datasets/network.graphml", GRAPHML, "GraphML"));
    }
}
