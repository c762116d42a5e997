package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Reads an RFC 7946 FeatureCollection of assets: each Feature's properties by the CSV's column names and its Point,
 * longitude first, or a null geometry for an asset without a position.
 */
final class GeoJsonAssets {

    private GeoJsonAssets() {
    }

    static ParsedImport read(byte[] file, @Nullable String category) {
        JsonNode collection = JsonFiles.tree(file);
        if (!"FeatureCollection".equals(JsonFiles.text(collection, "type")) || !collection.path("features").isArray()) {
            throw new ImportRefused(400, "the GeoJSON is not a FeatureCollection with a features array");
        }
        ParsedImport.Builder parsed = new ParsedImport.Builder(ImportFormat.GEOJSON);
        List<JsonNode> features = JsonFiles.array(collection, "features");
        for (int index = 0; index < features.size(); index++) {
            read(index, features.get(index), category, parsed);
        }
        return parsed.build();
    }

    private static void read(int index, JsonNode feature, @Nullable String category, ParsedImport.Builder parsed) {
        if (!"Feature".equals(JsonFiles.text(feature, "type"))) {
            parsed.reject("feature", index, "type", "not a Feature");
            return;
        }
        JsonNode geometry = feature.get("geometry");
        Double latitude = null;
        Double longitude = null;
        if (geometry != null && !geometry.isNull()) {
            JsonNode coordinates = geometry.path("coordinates");
            if (!"Point".equals(JsonFiles.text(geometry, "type")) || !coordinates.isArray() || coordinates.size() < 2
                    || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
                parsed.reject("feature", index, "geometry", "geometry must be a Point [longitude, latitude] or null");
                return;
            }
            longitude = coordinates.get(0).asDouble();
            latitude = coordinates.get(1).asDouble();
        }
        JsonNode properties = feature.get("properties");
        parsed.asset(index, JsonFiles.text(feature, "id"), AssetColumns.draft(
                name -> JsonFiles.text(properties, name), name -> JsonFiles.list(properties, name), category,
                latitude, longitude));
    }
}
