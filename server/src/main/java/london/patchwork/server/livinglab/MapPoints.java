package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The placed assets of the pan-London Hub's {@code GET /api/patchwork/hubs/map} GeoJSON, as report map points. The
 * Hub pages its answer ({@code next_page}); read each page and concatenate the lists.
 */
public final class MapPoints {

    private MapPoints() {
    }

    /** Features without a point geometry are skipped; hubs keep the name the Hub gave them. */
    public static List<LabReport.MapPoint> fromHubMap(JsonNode geoJson) {
        return fromHubMap(geoJson, Map.of());
    }

    /** As {@link #fromHubMap(JsonNode)}, naming hubs as {@link NetworkSnapshots#hubNames} does. */
    public static List<LabReport.MapPoint> fromHubMap(JsonNode geoJson, Map<String, String> hubNames) {
        List<LabReport.MapPoint> points = new ArrayList<>();
        for (JsonNode feature : geoJson.path("features")) {
            JsonNode coordinates = feature.path("geometry").path("coordinates");
            if (coordinates.size() < 2 || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
                continue;
            }
            JsonNode properties = feature.path("properties");
            points.add(new LabReport.MapPoint(properties.path("name").asText(""),
                    NetworkSnapshots.hubName(properties.path("origin"), hubNames),
                    properties.path("kind").asText(""), coordinates.get(1).asDouble(), coordinates.get(0).asDouble()));
        }
        return List.copyOf(points);
    }
}
