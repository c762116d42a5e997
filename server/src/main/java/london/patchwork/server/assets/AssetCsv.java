package london.patchwork.server.assets;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The assets CSV (RFC 4180, UTF-8, CRLF): the columns the imports read, in the order docs/api.md gives. A field is
 * quoted when it holds a comma, a quote or a line break, and quotes inside are doubled.
 */
final class AssetCsv implements ExportStream.Format {

    static final List<String> COLUMNS = List.of("id", "name", "kind", "category", "description", "website", "email",
            "phone", "status", "eligibility", "fees", "schedule", "languages", "location_name", "address", "postcode",
            "latitude", "longitude", "accessibility", "tags", "url", "created_at", "updated_at");

    private final ExportStream.Provenance provenance;

    /** The hub's own listed assets, as the imports read them. */
    AssetCsv() {
        this(null);
    }

    /** With three more columns saying where each asset comes from (a pooled dataset's), when given. */
    AssetCsv(ExportStream.Provenance provenance) {
        this.provenance = provenance;
    }

    @Override
    public byte[] start() {
        List<String> columns = new java.util.ArrayList<>(COLUMNS);
        if (provenance != null) {
            columns.addAll(ExportStream.Provenance.COLUMNS);
        }
        return line(columns).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] rows(List<AssetService.Listed> page, boolean first) {
        StringBuilder rows = new StringBuilder();
        for (AssetService.Listed asset : page) {
            List<String> fields = new java.util.ArrayList<>(List.of(String.valueOf(asset.id()), asset.name(), asset.kind(), asset.category(),
                    asset.description(), orEmpty(asset.website()), orEmpty(asset.email()), orEmpty(asset.phone()),
                    asset.status(), asset.eligibility(), asset.fees(), asset.schedule(),
                    String.join(";", asset.languages()), asset.locationName(), asset.address(), asset.postcode(),
                    degrees(asset.latitude()), degrees(asset.longitude()), asset.accessibility(),
                    String.join(";", asset.tags()), asset.url().toString(), asset.createdAt().toString(),
                    asset.updatedAt().toString()));
            if (provenance != null) {
                fields.addAll(provenance.of(asset));
            }
            rows.append(line(fields));
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] end() {
        return new byte[0];
    }

    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Plain decimal degrees, never Java's exponent notation. */
    static String degrees(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
