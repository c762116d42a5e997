package london.patchwork.server.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events built in memory for tests of what is made from them (no database). */
final class SampleEvents {

    private SampleEvents() {
    }

    static Builder event(long id, String title, Instant start, Instant end) {
        return new Builder(id, title, start, end);
    }

    static final class Builder {
        private final long id;
        private final String title;
        private final Instant start;
        private final Instant end;
        private boolean allDay;
        private RecurrenceFrequency frequency;
        private LocalDate until;
        private Integer count;
        private List<String> exceptions = List.of();
        private EventStatus status = EventStatus.CONFIRMED;
        private String placeName;
        private String street;
        private String locality;
        private String postcode;
        private Double latitude;
        private Double longitude;
        private String category;
        private List<String> tags = List.of();
        private String description = "";
        private String online;

        private Builder(long id, String title, Instant start, Instant end) {
            this.id = id;
            this.title = title;
            this.start = start;
            this.end = end;
        }

        Builder allDay() {
            allDay = true;
            return this;
        }

        Builder weekly(LocalDate until, Integer count, List<String> exceptions) {
            frequency = RecurrenceFrequency.WEEKLY;
            this.until = until;
            this.count = count;
            this.exceptions = exceptions;
            return this;
        }

        Builder monthly(LocalDate until) {
            frequency = RecurrenceFrequency.MONTHLY;
            this.until = until;
            return this;
        }

        Builder status(EventStatus status) {
            this.status = status;
            return this;
        }

        Builder at(String name, String street, String locality, String postcode, double latitude, double longitude) {
            this.placeName = name;
            this.street = street;
            this.locality = locality;
            this.postcode = postcode;
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        Builder tagged(String category, List<String> tags) {
            this.category = category;
            this.tags = tags;
            return this;
        }

        Builder described(String markdown) {
            this.description = markdown;
            return this;
        }

        Builder online(String url) {
            this.online = url;
            return this;
        }

        CalendarEvent build() {
            Instant created = Instant.parse("2026-09-01T09:00:00Z");
            return new CalendarEvent(id, "https://hackney.example/events/" + id, true, 1L, null, title, description,
                    "", null, start, end, "Europe/London", allDay, frequency, 1, until, count, exceptions, placeName,
                    street, locality, null, postcode, null, latitude, longitude, online, List.of(1L), category, tags,
                    null, JoinMode.FREE, null, status, null, null, null, null, 3, null, null, null, null, created,
                    created.plusSeconds(3600), null);
        }
    }
}
