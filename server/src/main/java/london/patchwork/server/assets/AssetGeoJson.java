package london.patchwork.server.assets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The assets as an RFC 7946 FeatureCollection: each Feature's id is the asset's page, its geometry a Point with
 * longitude first (or null when the asset has no position), its properties named as the CSV's columns, with
 * languages and tags as arrays and the position not repeated.
 */
final class AssetGeoJson implements ExportStream.Format {

    private static final JsonFactory JSON = new JsonFactory();

    private final ExportStream.Provenance provenance;

    /** The hub's own listed assets. */
    AssetGeoJson() {
        this(null);
    }

    /** With properties saying where each asset comes from (a pooled dataset's), when given. */
    AssetGeoJson(ExportStream.Provenance provenance) {
        this.provenance = provenance;
    }

    @Override
    public byte[] start() {
        return "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] rows(List<AssetService.Listed> page, boolean first) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < page.size(); i++) {
                if (!first || i > 0) {
                    bytes.write(',');
                }
                try (JsonGenerator json = JSON.createGenerator(bytes)) {
                    feature(json, page.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public byte[] end() {
        return "]}\n".getBytes(StandardCharsets.UTF_8);
    }

    private void feature(JsonGenerator json, AssetService.Listed asset) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", provenance == null ? asset.url().toString() : provenance.of(asset).get(2));
        if (asset.latitude() == null || asset.longitude() == null) {
            json.writeNullField("geometry");
        } else {
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(BigDecimal.valueOf(asset.longitude()));
            json.writeNumber(BigDecimal.valueOf(asset.latitude()));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("id", String.valueOf(asset.id()));
        json.writeStringField("name", asset.name());
        json.writeStringField("kind", asset.kind());
        json.writeStringField("category", asset.category());
        json.writeStringField("description", asset.description());
        json.writeStringField("website", asset.website());
        json.writeStringField("email", asset.email());
        json.writeStringField("phone", asset.phone());
        json.writeStringField("status", asset.status());
        json.writeStringField("eligibility", asset.eligibility());
        json.writeStringField("fees", asset.fees());
        json.writeStringField("schedule", asset.schedule());
        strings(json, "languages", asset.languages());
        json.writeStringField("location_name", asset.locationName());
        json.writeStringField("address", asset.address());
        json.writeStringField("postcode", asset.postcode());
        json.writeStringField("accessibility", asset.accessibility());
        strings(json, "tags", asset.tags());
        json.writeStringField("url", asset.url().toString());
        json.writeStringField("created_at", asset.createdAt().toString());
        json.writeStringField("updated_at", asset.updatedAt().toString());
        if (provenance != null) {
            List<String> from = provenance.of(asset);
            for (int i = 0; i < from.size(); i++) {
                json.writeStringField(ExportStream.Provenance.COLUMNS.get(i), from.get(i));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
