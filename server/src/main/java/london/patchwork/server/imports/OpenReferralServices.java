package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads Open Referral UK (HSDS 3.0 UK profile) services: one service, a {@code Page} of them ({@code contents}), an
 * array, or a {@code service_at_location} holding one. Each becomes an asset of kind {@code service}: its own fields,
 * its organisation's contact details where the service has none, and its first location's name, position, address
 * and accessibility.
 */
final class OpenReferralServices {

    private static final int MOST_TAGS = 20;

    private OpenReferralServices() {
    }

    static ParsedImport read(byte[] file, @Nullable String category) {
        JsonNode document = JsonFiles.tree(file);
        List<JsonNode> services = services(document);
        ParsedImport.Builder parsed = new ParsedImport.Builder(ImportFormat.ORUK);
        for (int index = 0; index < services.size(); index++) {
            service(index, services.get(index), category, parsed);
        }
        return parsed.build();
    }

    private static List<JsonNode> services(JsonNode document) {
        if (document.isArray()) {
            List<JsonNode> services = new ArrayList<>();
            document.forEach(services::add);
            return services;
        }
        if (document.isObject() && document.path("contents").isArray()) {
            return JsonFiles.array(document, "contents");
        }
        if (document.isObject() && document.has("name")) {
            return List.of(document);
        }
        if (document.isObject() && document.path("service").isObject()) {
            return List.of(document.get("service"));
        }
        throw new ImportRefused(400, "an Open Referral UK file is a service, a page of services (contents) or an "
                + "array of services");
    }

    private static void service(int index, JsonNode service, @Nullable String category, ParsedImport.Builder parsed) {
        if (!service.isObject()) {
            parsed.reject("service", index, "", "not a service object");
            return;
        }
        JsonNode organisation = service.path("organization");
        JsonNode location = location(service);
        JsonNode address = JsonFiles.array(location, "addresses").stream().findFirst().orElse(null);
        Double latitude = parsed.coordinate("service", index, "latitude", JsonFiles.text(location, "latitude"));
        Double longitude = parsed.coordinate("service", index, "longitude", JsonFiles.text(location, "longitude"));
        if (parsed.rejected("service", index)) {
            return;
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", "service");
        fields.put("name", JsonFiles.text(service, "name"));
        fields.put("description", JsonFiles.text(service, "description"));
        fields.put("website", first(JsonFiles.text(service, "url"), JsonFiles.text(organisation, "website"),
                JsonFiles.text(organisation, "url")));
        fields.put("email", first(JsonFiles.text(service, "email"), JsonFiles.text(organisation, "email")));
        fields.put("phone", first(each(service, "phones", phone -> JsonFiles.text(phone, "number")).stream()
                .findFirst().orElse(null), each(organisation, "phones", phone -> JsonFiles.text(phone, "number"))
                .stream().findFirst().orElse(null)));
        fields.put("status", status(JsonFiles.text(service, "status")));
        fields.put("eligibility", eligibility(service));
        fields.put("fees", fees(service));
        fields.put("schedule", String.join("; ", each(service, "schedules", OpenReferralServices::schedule)));
        fields.put("location_name", JsonFiles.text(location, "name"));
        fields.put("address", address == null ? null : joined(", ", JsonFiles.text(address, "address_1"),
                JsonFiles.text(address, "address_2"), JsonFiles.text(address, "city"),
                JsonFiles.text(address, "state_province")));
        fields.put("postcode", JsonFiles.text(address, "postal_code"));
        fields.put("accessibility", String.join("; ", each(location, "accessibility",
                item -> first(JsonFiles.text(item, "description"), JsonFiles.text(item, "details")))));
        List<String> languages = each(service, "languages", language -> first(JsonFiles.text(language, "name"),
                JsonFiles.text(language, "code")));
        List<String> tags = each(service, "attributes", attribute -> JsonFiles.text(attribute.path("taxonomy_term"),
                "name")).stream().limit(MOST_TAGS).toList();
        parsed.asset(index, JsonFiles.text(service, "id"), AssetColumns.draft(fields::get,
                name -> "languages".equals(name) ? languages : tags, category, latitude, longitude));
    }

    /** The service's first location: through service_at_locations, or listed directly. */
    @Nullable
    private static JsonNode location(JsonNode service) {
        for (JsonNode at : JsonFiles.array(service, "service_at_locations")) {
            if (at.path("location").isObject()) {
                return at.get("location");
            }
        }
        return JsonFiles.array(service, "locations").stream().filter(JsonNode::isObject).findFirst().orElse(null);
    }

    private static String status(@Nullable String status) {
        String value = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return "temporarily closed".equals(value) ? "inactive" : value;
    }

    private static String eligibility(JsonNode service) {
        String minimum = JsonFiles.text(service, "minimum_age");
        String maximum = JsonFiles.text(service, "maximum_age");
        String ages = minimum == null && maximum == null ? null
                : "Ages " + (minimum == null ? "up" : minimum) + " to " + (maximum == null ? "any" : maximum);
        return joined(". ", JsonFiles.text(service, "eligibility_description"), ages);
    }

    private static String fees(JsonNode service) {
        List<String> options = each(service, "cost_options", option -> joined(" ",
                JsonFiles.text(option, "option") == null ? null : JsonFiles.text(option, "option") + ":",
                JsonFiles.text(option, "amount"), JsonFiles.text(option, "amount_description")));
        return joined("; ", first(JsonFiles.text(service, "fees_description"), JsonFiles.text(service, "fees")),
                options.isEmpty() ? null : String.join("; ", options));
    }

    @Nullable
    private static String schedule(JsonNode schedule) {
        String description = JsonFiles.text(schedule, "description");
        if (description != null && !description.isBlank()) {
            return description;
        }
        String opens = JsonFiles.text(schedule, "opens_at");
        String closes = JsonFiles.text(schedule, "closes_at");
        return joined(" ", JsonFiles.text(schedule, "byday"),
                opens == null && closes == null ? null : (opens == null ? "" : opens) + "–" + (closes == null ? "" : closes));
    }

    private static List<String> each(@Nullable JsonNode object, String field, Function<JsonNode, String> value) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode item : JsonFiles.array(object, field)) {
            String text = value.apply(item);
            if (text != null && !text.isBlank()) {
                values.add(text.strip());
            }
        }
        return List.copyOf(values);
    }

    @Nullable
    private static String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Nullable
    private static String joined(String separator, @Nullable String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(Objects::nonNull).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
