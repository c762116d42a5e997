package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.assets.AssetService;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The asset columns of the shared dataset formats (docs/api.md, "Dataset formats"): the CSV's header, GeoJSON's
 * property names, and the attribute names Kumu elements may carry beside their own.
 */
final class AssetColumns {

    static final List<String> ALL = List.of("id", "name", "kind", "category", "description", "website", "email",
            "phone", "status", "eligibility", "fees", "schedule", "languages", "location_name", "address", "postcode",
            "latitude", "longitude", "accessibility", "tags", "url", "created_at", "updated_at");
    static final List<String> REQUIRED = List.of("name", "kind", "category");

    /** Written by exports, meaningless to another hub: the exporter's ids, addresses and times. */
    static final Set<String> EXPORT_ONLY = Set.of("id", "url", "created_at", "updated_at");

    private AssetColumns() {
    }

    /**
     * An asset's draft from a row's values by column name; what the hub then checks is left to
     * {@link AssetService#draftChecks()}.
     *
     * @param text      a column's text, or null when absent
     * @param list      a list column's values ({@code languages}, {@code tags})
     * @param category  the category to use when the row names none (formats where it is optional), or null
     */
    static AssetService.Draft draft(Function<String, String> text, Function<String, List<String>> list,
                                    @Nullable String category, @Nullable Double latitude,
                                    @Nullable Double longitude) {
        String named = text.apply("category");
        return new AssetService.Draft(text.apply("kind"), named == null || named.isBlank() ? category : named,
                text.apply("name"), text.apply("description"), text.apply("website"), text.apply("email"),
                text.apply("phone"), text.apply("status"), text.apply("eligibility"), text.apply("fees"),
                text.apply("schedule"), list.apply("languages"), text.apply("location_name"), text.apply("address"),
                text.apply("postcode"), latitude, longitude, text.apply("accessibility"), list.apply("tags"));
    }

    /** A list column as CSV writes it: values joined with {@code ;}. */
    static List<String> split(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(";"));
    }

    /**
     * A coordinate typed as text; empty is none.
     *
     * @param problem told the column and reason when the text is not a number
     */
    @Nullable
    static Double number(String column, @Nullable String value, BiConsumer<String, String> problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        problem.accept(column, column + " is not a number: " + value.strip());
        return null;
    }
}
