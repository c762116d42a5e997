package london.patchwork.server.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The events API's shapes, in snake_case as the rest of the hub's API. */
final class EventJson {

    private EventJson() {
    }

    @Serdeable
    record Full(String id, String uri, String url, boolean local, String title, String description,
                @JsonProperty("description_html") String descriptionHtml, String summary,
                @JsonProperty("starts_at") String startsAt, @JsonProperty("ends_at") @Nullable String endsAt,
                @JsonProperty("start_local") String startLocal, @JsonProperty("end_local") @Nullable String endLocal,
                @JsonProperty("time_zone") String timeZone, @JsonProperty("all_day") boolean allDay,
                @Nullable Recurrence recurrence, @Nullable Place place,
                @JsonProperty("online_url") @Nullable String onlineUrl, boolean hybrid, List<String> organisers,
                @Nullable String category, List<String> tags, @Nullable Integer capacity,
                @JsonProperty("join_mode") String joinMode,
                @JsonProperty("external_join_url") @Nullable String externalJoinUrl, String status,
                @Nullable Image image, int sequence,
                @JsonProperty("participant_count") int participantCount,
                @JsonProperty("remaining_capacity") @Nullable Integer remainingCapacity,
                @JsonProperty("maybe_count") int maybeCount, @JsonProperty("waiting_count") int waitingCount,
                @Nullable Source source, @JsonProperty("ical_url") String icalUrl,
                @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt) {
    }

    @Serdeable
    record Recurrence(String frequency, int interval, @Nullable String until, @Nullable Integer count,
                      @JsonProperty("exception_dates") List<String> exceptionDates) {
    }

    @Serdeable
    record Place(@Nullable String name, @JsonProperty("street_address") @Nullable String streetAddress,
                 @Nullable String locality, @Nullable String region, @Nullable String postcode,
                 @Nullable String country, @Nullable Double latitude, @Nullable Double longitude) {
    }

    @Serdeable
    record Image(String url, @Nullable String description) {
    }

    @Serdeable
    record Source(@JsonProperty("subscription_id") @Nullable Long subscriptionId, @Nullable String uid,
                  @Nullable String url) {
    }

    /** A new event, or its fields for PUT (all) and PATCH (those given). */
    @Serdeable
    record Write(@Nullable String title, @Nullable String description, @Nullable String start, @Nullable String end,
                 @JsonProperty("time_zone") @Nullable String timeZone,
                 @JsonProperty("all_day") @Nullable Boolean allDay,
                 @Nullable String recurrence, @JsonProperty("recurrence_interval") @Nullable Integer recurrenceInterval,
                 @JsonProperty("recurrence_until") @Nullable String recurrenceUntil,
                 @JsonProperty("recurrence_count") @Nullable Integer recurrenceCount,
                 @JsonProperty("exception_dates") @Nullable List<String> exceptionDates,
                 @JsonProperty("place_name") @Nullable String placeName,
                 @JsonProperty("street_address") @Nullable String streetAddress, @Nullable String locality,
                 @Nullable String postcode, @Nullable String country, @Nullable Double latitude,
                 @Nullable Double longitude, @JsonProperty("online_url") @Nullable String onlineUrl,
                 @Nullable List<String> organisers, @Nullable String category, @Nullable List<String> tags,
                 @Nullable Long capacity, @JsonProperty("join_mode") @Nullable String joinMode,
                 @JsonProperty("external_join_url") @Nullable String externalJoinUrl, @Nullable String status,
                 @JsonProperty("image_id") @Nullable String imageId,
                 @JsonProperty("image_description") @Nullable String imageDescription) {
    }

    /** A member's answer: going, maybe or not_going. */
    @Serdeable
    record RsvpWrite(@Nullable String response) {
    }

    @Serdeable
    record RsvpState(@JsonProperty("event_id") String eventId, String response, String standing,
                     @JsonProperty("participant_count") int participantCount,
                     @JsonProperty("remaining_capacity") @Nullable Integer remainingCapacity) {
    }

    @Serdeable
    record Attendee(String name, String handle, String response, String standing, boolean local,
                    @JsonProperty("answered_at") String answeredAt) {
    }
}
