package london.patchwork.server.assets;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The assets API's shapes, in snake_case as the rest of the hub's API. */
final class AssetJson {

    private AssetJson() {
    }

    /** What a client sends; on PATCH an absent field keeps its value. */
    @Serdeable
    record Write(@Nullable String kind, @Nullable String category, @Nullable String name,
                 @Nullable String description, @Nullable String website, @Nullable String email,
                 @Nullable String phone, @Nullable String status, @Nullable String eligibility, @Nullable String fees,
                 @Nullable String schedule, @Nullable List<String> languages,
                 @JsonProperty("location_name") @Nullable String locationName, @Nullable String address,
                 @Nullable String postcode, @Nullable Double latitude, @Nullable Double longitude,
                 @Nullable String accessibility, @Nullable List<String> tags,
                 @JsonProperty("photo_id") @Nullable String photoId) {

        AssetInput over(AssetInput base) {
            return new AssetInput(or(kind, base.kind()), or(category, base.category()), or(name, base.name()),
                    or(description, base.description()), or(website, base.website()), or(email, base.email()),
                    or(phone, base.phone()), or(status, base.status()), or(eligibility, base.eligibility()),
                    or(fees, base.fees()), or(schedule, base.schedule()), or(languages, base.languages()),
                    or(locationName, base.locationName()), or(address, base.address()), or(postcode, base.postcode()),
                    or(latitude, base.latitude()), or(longitude, base.longitude()),
                    or(accessibility, base.accessibility()), or(tags, base.tags()));
        }

        private static <T> T or(@Nullable T value, T base) {
            return value != null ? value : base;
        }
    }

    /** The fields an asset's revisions keep, as saved. */
    @Serdeable
    record Fields(String kind, String category, String name, String description, @Nullable String website,
                  @Nullable String email, @Nullable String phone, String status, String eligibility, String fees,
                  String schedule, List<String> languages, @JsonProperty("location_name") String locationName,
                  String address, String postcode, @Nullable Double latitude, @Nullable Double longitude,
                  String accessibility, List<String> tags) {

        /** Empty lists and text are left out of the JSON (serde's NON_EMPTY), so reading a revision back fills them. */
        Fields {
            description = description == null ? "" : description;
            status = status == null ? "active" : status;
            eligibility = eligibility == null ? "" : eligibility;
            fees = fees == null ? "" : fees;
            schedule = schedule == null ? "" : schedule;
            languages = languages == null ? List.of() : languages;
            locationName = locationName == null ? "" : locationName;
            address = address == null ? "" : address;
            postcode = postcode == null ? "" : postcode;
            accessibility = accessibility == null ? "" : accessibility;
            tags = tags == null ? List.of() : tags;
        }

        static Fields of(AssetInput input) {
            return new Fields(input.kind(), input.category(), input.name(), input.description(), input.website(),
                    input.email(), input.phone(), input.status(), input.eligibility(), input.fees(), input.schedule(),
                    input.languages(), input.locationName(), input.address(), input.postcode(), input.latitude(),
                    input.longitude(), input.accessibility(), input.tags());
        }
    }

    @Serdeable
    record Full(String id, String url, @Nullable String uri, boolean local, @Nullable String origin,
                @com.fasterxml.jackson.annotation.JsonUnwrapped Fields fields,
                @Nullable Photo photo, String review,
                @JsonProperty("created_by") String createdBy, @JsonProperty("created_at") String createdAt,
                @JsonProperty("updated_at") String updatedAt) {
    }

    @Serdeable
    record Photo(String id, String url, @JsonProperty("preview_url") @Nullable String previewUrl) {
    }

    @Serdeable
    record Revision(int number, String author, @JsonProperty("created_at") String createdAt, Fields fields) {
    }

    @Serdeable
    record Category(@Nullable String slug, @Nullable String name) {
    }

    /** The map's layer: RFC 7946 GeoJSON, longitude first; {@code truncated} when more matched than were sent. */
    @Serdeable
    record FeatureCollection(String type, boolean truncated, List<Feature> features) {
    }

    @Serdeable
    record Feature(String type, String id, Geometry geometry, MapProperties properties) {
    }

    @Serdeable
    record Geometry(String type, List<Double> coordinates) {
    }

    @Serdeable
    record MapProperties(String id, String name, String kind, String category,
                         @JsonProperty("category_name") String categoryName, String postcode, String url) {
    }
}
