package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

/**
 * A community asset: a place, organisation, group, service or someone's offered skill, in an ABCD category. The
 * organisation, service and location fields are those of Open Referral UK where they overlap, so a dataset can be
 * read off this table without translation.
 *
 * @param review   {@code approved}, or {@code pending} while a moderator has still to let it be listed
 * @param uri      a peer's asset: the id of its {@code Place}; null for the hub's own
 * @param createdBy the local actor who added it (the hub's Group when the organiser token did)
 */
@MappedEntity("assets")
public record Asset(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        String category,
        String name,
        String description,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        String status,
        String eligibility,
        String fees,
        String schedule,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> languages,
        String locationName,
        String address,
        String postcode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        String accessibility,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> tags,
        @Nullable Long photoId,
        String review,
        @Nullable String uri,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public static final String APPROVED = "approved";
    public static final String PENDING = "pending";
    public static final String REJECTED = "rejected";

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean listed() {
        return deletedAt == null && APPROVED.equals(review);
    }

    Asset with(AssetInput input, Instant at) {
        return new Asset(id, input.kind(), input.category(), input.name(), input.description(), input.website(),
                input.email(), input.phone(), input.status(), input.eligibility(), input.fees(), input.schedule(),
                input.languages(), input.locationName(), input.address(), input.postcode(), input.latitude(),
                input.longitude(), input.accessibility(), input.tags(), photoId, review, uri, createdBy, createdAt,
                at, deletedAt);
    }

    Asset withReview(String decision) {
        return new Asset(id, kind, category, name, description, website, email, phone, status, eligibility, fees,
                schedule, languages, locationName, address, postcode, latitude, longitude, accessibility, tags,
                photoId, decision, uri, createdBy, createdAt, updatedAt, deletedAt);
    }

    Asset withPhoto(@Nullable Long photo) {
        return new Asset(id, kind, category, name, description, website, email, phone, status, eligibility, fees,
                schedule, languages, locationName, address, postcode, latitude, longitude, accessibility, tags,
                photo, review, uri, createdBy, createdAt, updatedAt, deletedAt);
    }

    Asset withDeletedAt(Instant at) {
        return new Asset(id, kind, category, name, description, website, email, phone, status, eligibility, fees,
                schedule, languages, locationName, address, postcode, latitude, longitude, accessibility, tags,
                photoId, review, uri, createdBy, createdAt, at, at);
    }

    AssetInput input() {
        return new AssetInput(kind, category, name, description, website, email, phone, status, eligibility, fees,
                schedule, languages, locationName, address, postcode, latitude, longitude, accessibility, tags);
    }
}
