package london.patchwork.server.assets;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.site.FormBody;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The asset form as posted: every field as text, lists separated by commas, the coordinates still to be read. */
@Serdeable
public record AssetForm(@Nullable String kind, @Nullable String category, @Nullable String name,
                        @Nullable String description, @Nullable String website, @Nullable String email,
                        @Nullable String phone, @Nullable String status, @Nullable String eligibility,
                        @Nullable String fees, @Nullable String schedule, @Nullable String languages,
                        @Nullable @JsonProperty("location_name") String locationName, @Nullable String address,
                        @Nullable String postcode, @Nullable String latitude, @Nullable String longitude,
                        @Nullable String accessibility, @Nullable String tags,
                        @Nullable @JsonProperty("_form") String form,
                        @Nullable @JsonProperty("photo_id") String photoId,
                        @Nullable @JsonProperty("photo_description") String photoDescription,
                        @Nullable @JsonProperty("remove_photo") String removePhoto) {

    /** The form read from a multipart body; a field not sent is null, as binding leaves it. */
    static AssetForm of(FormBody posted) {
        java.util.function.Function<String, String> field = name -> posted.has(name) ? posted.first(name) : null;
        return new AssetForm(field.apply("kind"), field.apply("category"), field.apply("name"),
                field.apply("description"), field.apply("website"), field.apply("email"), field.apply("phone"),
                field.apply("status"), field.apply("eligibility"), field.apply("fees"), field.apply("schedule"),
                field.apply("languages"), field.apply("location_name"), field.apply("address"),
                field.apply("postcode"), field.apply("latitude"), field.apply("longitude"),
                field.apply("accessibility"), field.apply("tags"), field.apply("_form"), field.apply("photo_id"),
                field.apply("photo_description"), field.apply("remove_photo"));
    }

    /** What was typed, to show again beside the reasons. */
    Map<String, String> typed() {
        Map<String, String> typed = new HashMap<>();
        put(typed, "kind", kind);
        put(typed, "category", category);
        put(typed, "name", name);
        put(typed, "description", description);
        put(typed, "website", website);
        put(typed, "email", email);
        put(typed, "phone", phone);
        put(typed, "status", status);
        put(typed, "eligibility", eligibility);
        put(typed, "fees", fees);
        put(typed, "schedule", schedule);
        put(typed, "languages", languages);
        put(typed, "location_name", locationName);
        put(typed, "address", address);
        put(typed, "postcode", postcode);
        put(typed, "latitude", latitude);
        put(typed, "longitude", longitude);
        put(typed, "accessibility", accessibility);
        put(typed, "tags", tags);
        put(typed, "photo_id", photoId);
        put(typed, "photo_description", photoDescription);
        return typed;
    }

    /** The coordinates that are not numbers, field to reason. */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (number(latitude) == null && !blank(latitude)) {
            problems.put("latitude", "latitude must be a number, such as 51.5576");
        }
        if (number(longitude) == null && !blank(longitude)) {
            problems.put("longitude", "longitude must be a number, such as -0.045");
        }
        return problems;
    }

    AssetInput input() {
        return new AssetInput(kind, category, name, description, website, email, phone, status, eligibility, fees,
                schedule, list(languages), locationName, address, postcode, number(latitude), number(longitude),
                accessibility, list(tags));
    }

    /** An asset's fields as the form shows them. */
    static Map<String, String> of(Asset asset) {
        AssetInput input = asset.input();
        return new AssetForm(input.kind(), input.category(), input.name(), input.description(), input.website(),
                input.email(), input.phone(), input.status(), input.eligibility(), input.fees(), input.schedule(),
                String.join(", ", input.languages()), input.locationName(), input.address(), input.postcode(),
                input.latitude() == null ? "" : input.latitude().toString(),
                input.longitude() == null ? "" : input.longitude().toString(), input.accessibility(),
                String.join(", ", input.tags()), null, null, null, null).typed();
    }

    private static void put(Map<String, String> typed, String field, @Nullable String value) {
        typed.put(field, value == null ? "" : value);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Nullable
    private static Double number(@Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(@Nullable String value) {
        return blank(value) ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
