package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;

/** The files an import reads: assets as CSV or GeoJSON, a Kumu network, Open Referral UK services. */
public enum ImportFormat {
    CSV("csv", "line"),
    GEOJSON("geojson", "feature"),
    KUMU("kumu", "element"),
    ORUK("oruk", "service");

    private final String slug;
    private final String row;

    ImportFormat(String slug, String row) {
        this.slug = slug;
        this.row = row;
    }

    public String slug() {
        return slug;
    }

    /** What a rejected asset row is counted in: a CSV line, a GeoJSON feature index, a Kumu element index… */
    public String row() {
        return row;
    }

    public static Optional<ImportFormat> of(@Nullable String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.slug.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a request names: {@code ?format=} wins; otherwise the media type (JSON needs {@code ?format=} to say
     * which JSON).
     *
     * @throws ImportRefused 400 for an unknown {@code format}, 415 for a media type that says nothing
     */
    public static ImportFormat chosen(@Nullable String format, @Nullable String contentType) {
        if (format != null && !format.isBlank()) {
            return of(format).orElseThrow(() -> new ImportRefused(400, "unknown format " + format.strip()
                    + ": use csv, geojson, kumu or oruk"));
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv" -> CSV;
            case "application/geo+json" -> GEOJSON;
            case "application/json" -> throw new ImportRefused(415,
                    "application/json is Kumu or Open Referral UK: add ?format=kumu or ?format=oruk");
            default -> throw new ImportRefused(415, "unsupported Content-Type " + (type.isEmpty() ? "(none)" : type)
                    + ": send text/csv, application/geo+json, or application/json with ?format=kumu|oruk");
        };
    }
}
