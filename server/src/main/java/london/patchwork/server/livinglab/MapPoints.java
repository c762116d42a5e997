package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The placed assets of the pan-London Hub's {@code GET /api/patchwork/hubs/map} GeoJSON, as report map points. */
public final class MapPoints {

    private MapPoints() {
    }

    /** Features without a point geometry are skipped; hubs are named by the host of their origin. */
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
            String origin = properties.path("origin").asText("");
            String host = NetworkSnapshots.hostOf(origin);
            points.add(new LabReport.MapPoint(properties.path("name").asText(""),
                    hubNames.getOrDefault(host, hubNames.getOrDefault(origin, host)),
                    properties.path("kind").asText(""), coordinates.get(1).asDouble(), coordinates.get(0).asDouble()));
        }
        return List.copyOf(points);
    }
}
