package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;

/** {@code If-None-Match} as RFC 9110 reads it: a list of tags or {@code *}, compared weakly (W/ ignored). */
final class EntityTags {

    private EntityTags() {
    }

    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = weak(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || weak(candidate).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
