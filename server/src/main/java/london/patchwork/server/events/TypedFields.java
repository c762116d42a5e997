package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.http.WebLinks;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/** Reading one typed field of an event, putting the reason it cannot be read beside its name. */
final class TypedFields {

    private TypedFields() {
    }

    @Nullable
    static Instant instant(String value, ZoneId zone, boolean endOfDay, String field, String missing,
                                   Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, missing);
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            LocalDateTime time = LocalDateTime.parse(value);
            return endOfDay ? time.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                    : time.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            errors.put(field, "Write the time as 2026-12-10T19:00 (or a date, 2026-12-10, for all-day events).");
            return null;
        }
    }

    @Nullable
    static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.put(field, "Write dates as 2026-12-24.");
            return null;
        }
    }

    @Nullable
    static Integer whole(String value, String field, int min, int max, String reason,
                                 Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same reason as out of range
        }
        errors.put(field, reason);
        return null;
    }

    @Nullable
    static Double decimal(String value, String field, double min, double max, String reason,
                                  Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            double n = Double.parseDouble(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same reason as out of range
        }
        errors.put(field, reason);
        return null;
    }

    @Nullable
    static String link(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        String checked;
        try {
            checked = WebLinks.orNull(new URI(value));
        } catch (java.net.URISyntaxException e) {
            checked = null;
        }
        if (checked == null || value.length() > 2_000) {
            errors.put(field, "Give an http:// or https:// link.");
        }
        return checked;
    }
}
