package london.patchwork.server.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The event form as a browser posts it. */
@Serdeable
public record EventForm(@Nullable String title, @Nullable String description, @Nullable String start,
                        @Nullable String end, @Nullable @JsonProperty("all_day") String allDay,
                        @Nullable @JsonProperty("time_zone") String timeZone, @Nullable String recurrence,
                        @Nullable @JsonProperty("recurrence_interval") String recurrenceInterval,
                        @Nullable @JsonProperty("recurrence_until") String recurrenceUntil,
                        @Nullable @JsonProperty("recurrence_count") String recurrenceCount,
                        @Nullable @JsonProperty("exception_dates") String exceptionDates,
                        @Nullable @JsonProperty("place_name") String placeName,
                        @Nullable @JsonProperty("street_address") String streetAddress, @Nullable String locality,
                        @Nullable String postcode, @Nullable String country, @Nullable String latitude,
                        @Nullable String longitude, @Nullable @JsonProperty("online_url") String onlineUrl,
                        @Nullable String organisers, @Nullable String category, @Nullable String tags,
                        @Nullable String capacity, @Nullable @JsonProperty("join_mode") String joinMode,
                        @Nullable @JsonProperty("external_join_url") String externalJoinUrl,
                        @Nullable String status, @Nullable @JsonProperty("image_id") String imageId,
                        @Nullable @JsonProperty("image_description") String imageDescription,
                        @Nullable @JsonProperty("_form") String form) {

    EventInput input() {
        return new EventInput(title, description, start, end, timeZone, "true".equals(allDay) || "on".equals(allDay),
                recurrence, recurrenceInterval, recurrenceUntil, recurrenceCount, exceptionDates, placeName,
                streetAddress, locality, postcode, country, latitude, longitude, onlineUrl, organisers, category,
                tags, capacity, joinMode, externalJoinUrl, status, imageId, imageDescription);
    }
}
