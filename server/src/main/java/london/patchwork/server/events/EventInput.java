package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a member typed for an event, as text from a form or the API, with a reason beside each field that is not
 * right. Times are wall-clock times in {@code timeZone} ({@code 2026-12-10T19:00}); an API client may send an offset
 * instead ({@code 2026-12-10T19:00:00Z}), which is read as that instant. {@code organisers} is usernames of members.
 */
public record EventInput(String title, String description, String start, String end, String timeZone, boolean allDay,
                         String recurrence, String recurrenceInterval, String recurrenceUntil, String recurrenceCount,
                         String exceptionDates, String placeName, String streetAddress, String locality,
                         String postcode, String country, String latitude, String longitude, String onlineUrl,
                         String organisers, String category, String tags, String capacity, String joinMode,
                         String externalJoinUrl, String status, String imageId, String imageDescription) {

    public static final String DEFAULT_ZONE = "Europe/London";

    /** Every field stripped, null read as empty. */
    public EventInput {
        title = text(title);
        description = text(description);
        start = text(start);
        end = text(end);
        timeZone = text(timeZone);
        recurrence = text(recurrence);
        recurrenceInterval = text(recurrenceInterval);
        recurrenceUntil = text(recurrenceUntil);
        recurrenceCount = text(recurrenceCount);
        exceptionDates = text(exceptionDates);
        placeName = text(placeName);
        streetAddress = text(streetAddress);
        locality = text(locality);
        postcode = text(postcode);
        country = text(country);
        latitude = text(latitude);
        longitude = text(longitude);
        onlineUrl = text(onlineUrl);
        organisers = text(organisers);
        category = text(category);
        tags = text(tags);
        capacity = text(capacity);
        joinMode = text(joinMode);
        externalJoinUrl = text(externalJoinUrl);
        status = text(status);
        imageId = text(imageId);
        imageDescription = text(imageDescription);
    }
    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_DESCRIPTION_CHARS = 20_000;
    public static final int MAX_FIELD_CHARS = 200;
    public static final int MAX_TAGS = 10;

    /** The checked values, or the reasons they could not be: field name to reason. */
    public record Checked(@Nullable EventDraft draft, Map<String, String> errors) {
    }

    public static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /** Organiser usernames as typed, without the {@code @}. */
    public List<String> organiserNames() {
        return words(organisers).stream().map(name -> name.startsWith("@") ? name.substring(1) : name)
                .filter(name -> !name.isEmpty()).distinct().toList();
    }

    public Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "Give the event a title.");
        } else if (title.length() > MAX_TITLE_CHARS) {
            errors.put("title", "Keep the title under " + MAX_TITLE_CHARS + " characters.");
        }
        if (description.length() > MAX_DESCRIPTION_CHARS) {
            errors.put("description", "Keep the description under " + MAX_DESCRIPTION_CHARS + " characters.");
        }
        String zoneId = timeZone.isEmpty() ? DEFAULT_ZONE : timeZone;
        ZoneId zone = null;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            errors.put("time_zone", "Unknown time zone \"" + zoneId + "\": use an IANA name such as Europe/London.");
        }
        Instant startsAt = null;
        Instant endsAt = null;
        if (zone != null) {
            // An all-day event counts only the dates, whatever time a date-time field also sent.
            String from = allDay && start.length() > 10 ? start.substring(0, 10) : start;
            String to = allDay && end.length() > 10 ? end.substring(0, 10) : end;
            startsAt = TypedFields.instant(from, zone, false, "start", "Say when the event starts.", errors);
            endsAt = to.isEmpty() && allDay ? TypedFields.instant(from, zone, true, "end", "", errors)
                    : TypedFields.instant(to, zone, allDay, "end", "Say when the event ends.", errors);
            if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
                errors.put("end", "The event ends before it starts.");
            }
        }
        RecurrenceFrequency frequency = switch (recurrence.toLowerCase(Locale.ROOT)) {
            case "", "none", "once" -> null;
            case "weekly" -> RecurrenceFrequency.WEEKLY;
            case "monthly" -> RecurrenceFrequency.MONTHLY;
            default -> {
                errors.put("recurrence", "Choose weekly, monthly or none.");
                yield null;
            }
        };
        Integer interval = TypedFields.whole(recurrenceInterval, "recurrence_interval", 1, 52,
                "Repeat every 1 to 52 weeks or months.", errors);
        LocalDate until = TypedFields.date(recurrenceUntil, "recurrence_until", errors);
        Integer count = TypedFields.whole(recurrenceCount, "recurrence_count", 1, 500,
                "Repeat between 1 and 500 times.", errors);
        if (until != null && count != null) {
            errors.put("recurrence_count", "Give an end date or a number of times, not both.");
        }
        List<LocalDate> exceptions = new ArrayList<>();
        for (String word : words(exceptionDates)) {
            LocalDate day = TypedFields.date(word, "exception_dates", errors);
            if (day != null) {
                exceptions.add(day);
            }
        }
        Double lat = TypedFields.decimal(latitude, "latitude", -90, 90, "Latitude must be between -90 and 90.",
                errors);
        Double lon = TypedFields.decimal(longitude, "longitude", -180, 180,
                "Longitude must be between -180 and 180.", errors);
        if ((lat == null) != (lon == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put(lat == null ? "latitude" : "longitude", "Give both latitude and longitude, or neither.");
        }
        for (Map.Entry<String, String> field : Map.of("place_name", placeName, "street_address", streetAddress,
                "locality", locality, "postcode", postcode, "country", country).entrySet()) {
            if (field.getValue().length() > MAX_FIELD_CHARS) {
                errors.put(field.getKey(), "Keep this under " + MAX_FIELD_CHARS + " characters.");
            }
        }
        String online = TypedFields.link(onlineUrl, "online_url", errors);
        List<String> tagList = words(tags).stream().map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)
                .map(tag -> tag.toLowerCase(Locale.ROOT)).filter(tag -> !tag.isEmpty()).distinct().toList();
        if (tagList.size() > MAX_TAGS || tagList.stream().anyMatch(tag -> !tag.matches("[\\p{L}\\p{N}_]{1,40}"))) {
            errors.put("tags", "Up to " + MAX_TAGS + " tags of letters, digits and underscores.");
        }
        Integer places = null;
        if (!capacity.isEmpty()) {
            try {
                long value = Long.parseLong(capacity);
                if (value < 0) {
                    errors.put("capacity", "Capacity cannot be below zero.");
                } else if (value > 1_000_000) {
                    errors.put("capacity", "Capacity must be at most 1,000,000.");
                } else {
                    places = value == 0 ? null : (int) value;
                }
            } catch (NumberFormatException e) {
                errors.put("capacity", "Capacity must be a whole number (leave it empty for no limit).");
            }
        }
        JoinMode mode = switch (joinMode.toLowerCase(Locale.ROOT)) {
            case "", "free" -> JoinMode.FREE;
            case "restricted" -> JoinMode.RESTRICTED;
            case "external" -> JoinMode.EXTERNAL;
            default -> {
                errors.put("join_mode", "Choose free, restricted or external.");
                yield JoinMode.FREE;
            }
        };
        String joinLink = TypedFields.link(externalJoinUrl, "external_join_url", errors);
        if (mode == JoinMode.EXTERNAL && joinLink == null && !errors.containsKey("external_join_url")) {
            errors.put("external_join_url", "Give the link where people sign up.");
        }
        EventStatus eventStatus = switch (status.toLowerCase(Locale.ROOT)) {
            case "", "confirmed" -> EventStatus.CONFIRMED;
            case "tentative" -> EventStatus.TENTATIVE;
            case "cancelled", "canceled" -> EventStatus.CANCELLED;
            default -> {
                errors.put("status", "Choose confirmed, tentative or cancelled.");
                yield EventStatus.CONFIRMED;
            }
        };
        if (imageDescription.length() > 1_500) {
            errors.put("image_description", "Keep the image description under 1,500 characters.");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        EventPlace place = new EventPlace(orNull(placeName), orNull(streetAddress), orNull(locality), null,
                orNull(postcode), orNull(country), lat, lon);
        return new Checked(new EventDraft(title, description, startsAt, endsAt, zone.getId(), allDay, frequency,
                interval == null ? 1 : interval, until, count, exceptions.stream().distinct().sorted().toList(),
                place, online, List.of(), orNull(category.toLowerCase(Locale.ROOT)), tagList, places, mode,
                joinLink, eventStatus, null, orNull(imageDescription), null, null, null), Map.of());
    }

    private static List<String> words(String value) {
        return new ArrayList<>(new LinkedHashSet<>(List.of(value.isBlank() ? new String[0]
                : value.strip().split("[\\s,]+"))));
    }

    @Nullable
    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
