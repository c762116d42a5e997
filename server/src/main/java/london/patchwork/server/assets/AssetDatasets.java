package london.patchwork.server.assets;

import jakarta.inject.Singleton;
import london.patchwork.server.site.DatasetSource;

import java.util.List;

/** The assets' datasets, for {@code /datasets} and the home page's alternate links. */
@Singleton
class AssetDatasets implements DatasetSource {

    static final String SECTION = "Community assets";

    @Override
    public List<Dataset> datasets() {
        return List.of(
                new Dataset(SECTION, "Community assets as GeoJSON",
                        "Every asset this hub lists, as points for maps and GIS tools (longitude first).",
                        "/datasets/assets.geojson", "application/geo+json", "GeoJSON"),
                new Dataset(SECTION, "Community assets as CSV",
                        "The same assets as a spreadsheet, one row each; another hub can import it.",
                        "/datasets/assets.csv", "text/csv", "CSV"));
    }
}
