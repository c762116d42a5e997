package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.http.WebLinks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** An asset's fields as someone typed them, tidied; {@link #problems} says what is wrong, field by field. */
public record AssetInput(
        String kind, String category, String name, String description, @Nullable String website,
        @Nullable String email, @Nullable String phone, String status, String eligibility, String fees,
        String schedule, List<String> languages, String locationName, String address, String postcode,
        @Nullable Double latitude, @Nullable Double longitude, String accessibility, List<String> tags) {

    public static final List<String> KINDS = List.of("place", "organisation", "group", "service", "skill");
    public static final List<String> STATUSES = List.of("active", "inactive", "defunct");
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 5_000;
    static final int MAX_TAGS = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public AssetInput {
        kind = text(kind).toLowerCase(Locale.ROOT);
        category = text(category).toLowerCase(Locale.ROOT);
        name = text(name);
        description = text(description);
        website = blankToNull(website);
        email = blankToNull(email);
        phone = blankToNull(phone);
        status = text(status).isEmpty() ? "active" : text(status).toLowerCase(Locale.ROOT);
        eligibility = text(eligibility);
        fees = text(fees);
        schedule = text(schedule);
        languages = words(languages, false);
        locationName = text(locationName);
        address = text(address);
        postcode = text(postcode).toUpperCase(Locale.ROOT);
        accessibility = text(accessibility);
        tags = words(tags, true);
    }

    /** Field name to reason; empty when the input may be saved. */
    Map<String, String> problems(Set<String> categories) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "name is required");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "name is longer than " + MAX_NAME + " characters");
        }
        if (!KINDS.contains(kind)) {
            problems.put("kind", "kind must be one of " + String.join(", ", KINDS));
        }
        if (!categories.contains(category)) {
            problems.put("category", "category must be one of " + String.join(", ", categories));
        }
        if (!STATUSES.contains(status)) {
            problems.put("status", "status must be one of " + String.join(", ", STATUSES));
        }
        if (website != null && !httpLink(website)) {
            problems.put("website", "website must be an http or https address");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put("email", "email is not an email address");
        }
        if ((latitude == null) != (longitude == null)) {
            problems.put(latitude == null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
        }
        if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
            problems.put("latitude", "latitude must be between -90 and 90");
        }
        if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
            problems.put("longitude", "longitude must be between -180 and 180");
        }
        for (String field : List.of("description", "eligibility", "fees", "schedule", "accessibility", "address")) {
            if (tooLong(field)) {
                problems.put(field, field + " is longer than " + MAX_TEXT + " characters");
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.put("tags", "at most " + MAX_TAGS + " tags");
        }
        return problems;
    }

    private boolean tooLong(String field) {
        String value = switch (field) {
            case "description" -> description;
            case "eligibility" -> eligibility;
            case "fees" -> fees;
            case "schedule" -> schedule;
            case "accessibility" -> accessibility;
            default -> address;
        };
        return value.length() > MAX_TEXT;
    }

    private static boolean httpLink(String website) {
        try {
            return WebLinks.orNull(new URI(website)) != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Tags lower case without a leading #, each once; languages as given, each once. */
    private static List<String> words(@Nullable List<String> values, boolean tag) {
        if (values == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String word = text(value);
            if (tag) {
                word = word.replaceFirst("^#", "").toLowerCase(Locale.ROOT);
            }
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        return new ArrayList<>(kept);
    }
}
