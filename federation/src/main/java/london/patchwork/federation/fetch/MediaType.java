package london.patchwork.federation.fetch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code Content-Type} (RFC 9110 section 8.3.1): type, subtype and parameters, with
 * quoted-string parameter values unquoted. Type, subtype and parameter names are lower case.
 *
 * @param type       for example {@code application}
 * @param subtype    for example {@code activity+json}
 * @param parameters parameter names (lower case) to values
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

    /** The ActivityStreams profile URI, which makes {@code application/ld+json} an ActivityPub type. */
    public static final String ACTIVITY_STREAMS_PROFILE = "https://www.w3.org/ns/activitystreams";

    /** {@code application/activity+json}. */
    public static final String ACTIVITY_JSON = "application/activity+json";

    /** {@code application/ld+json; profile="https://www.w3.org/ns/activitystreams"}. */
    public static final String LD_JSON_ACTIVITY_STREAMS = "application/ld+json; profile=\"" + ACTIVITY_STREAMS_PROFILE + "\"";

    /** Copies the parameters. */
    public MediaType {
        parameters = Map.copyOf(parameters);
    }

    /**
     * Parses a media type; empty when the text is not one (a missing slash, an unterminated quote,
     * characters outside a token).
     */
    public static Optional<MediaType> parse(String text) {
        if (text == null || text.length() > 1024) {
            return Optional.empty();
        }
        int semicolon = text.indexOf(';');
        String essence = (semicolon < 0 ? text : text.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1
                || !HttpSyntax.isToken(essence.substring(0, slash)) || !HttpSyntax.isToken(essence.substring(slash + 1))) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (semicolon >= 0 && !parseParameters(text, semicolon + 1, parameters)) {
            return Optional.empty();
        }
        return Optional.of(new MediaType(essence.substring(0, slash), essence.substring(slash + 1), parameters));
    }

    /** {@code type/subtype} without parameters. */
    public String essence() {
        return type + "/" + subtype;
    }

    /** Whether the space-separated {@code profile} parameter lists this URI. */
    public boolean hasProfile(String profileUri) {
        String profile = parameters.get("profile");
        return profile != null && Arrays.asList(profile.trim().split("\\s+")).contains(profileUri);
    }

    /** {@code application/activity+json}, or {@code application/ld+json} with the ActivityStreams profile. */
    public boolean isActivityPub() {
        return essence().equals(ACTIVITY_JSON)
                || (essence().equals("application/ld+json") && hasProfile(ACTIVITY_STREAMS_PROFILE));
    }

    /**
     * Whether an inbox takes a POST body of this {@code Content-Type}: {@code application/activity+json},
     * {@code application/ld+json} with any parameters (with or without the ActivityStreams profile) or
     * plain {@code application/json}, in any letter case. Stricter would refuse peers that label their
     * deliveries loosely; the body itself is still parsed and checked.
     *
     * @param contentType the header value, possibly null
     * @return false for null, for anything else and for a value that is no media type
     */
    public static boolean isActivityPubBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String essence = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return essence.equals(ACTIVITY_JSON) || essence.equals("application/ld+json") || essence.equals("application/json");
    }

    /** {@code application/json} or any {@code application/*+json}. */
    public boolean isJson() {
        return type.equals("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    private static boolean parseParameters(String text, int from, Map<String, String> into) {
        int i = from;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ';')) {
                i++;
            }
            if (i >= n) {
                return true;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                return false;
            }
            String name = text.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            if (!HttpSyntax.isToken(name)) {
                return false;
            }
            i = equals + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= n) {
                    return false;
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ';') {
                    value.append(text.charAt(i++));
                }
            }
            // The first occurrence wins, so a second "profile" cannot override what was checked.
            into.putIfAbsent(name, value.toString().trim());
        }
        return true;
    }
}
