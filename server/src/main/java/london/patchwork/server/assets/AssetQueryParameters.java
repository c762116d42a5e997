package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The assets API's query parameters, read once for the JSON list and the GeoJSON map layer: a bounding box,
 * category, kind, tag, words and a page. {@link #problem} says what was wrong (answered 422); otherwise
 * {@link #query} is what to search for.
 */
record AssetQueryParameters(@Nullable AssetQuery query, @Nullable String problem) {

    static AssetQueryParameters read(AssetCategories categories, @Nullable String bbox, @Nullable String category,
                                     @Nullable String kind, @Nullable String tag, @Nullable String q,
                                     @Nullable Integer limit, @Nullable Integer offset, int defaultLimit,
                                     int maxLimit) {
        AssetQuery.Box box;
        try {
            box = blank(bbox) ? null : AssetQuery.Box.parse(bbox);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        String wantedCategory = blank(category) ? null : category.strip().toLowerCase(Locale.ROOT);
        if (wantedCategory != null && !categories.exists(wantedCategory)) {
            return refused("unknown category " + wantedCategory);
        }
        String wantedKind = blank(kind) ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (wantedKind != null && !AssetInput.KINDS.contains(wantedKind)) {
            return refused("kind must be one of " + String.join(", ", AssetInput.KINDS));
        }
        int size = limit == null ? defaultLimit : Math.max(1, Math.min(maxLimit, limit));
        int skip = offset == null ? 0 : Math.max(0, offset);
        return new AssetQueryParameters(new AssetQuery(box, wantedCategory, wantedKind,
                blank(tag) ? null : tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT),
                blank(q) ? null : q.strip(), size, skip), null);
    }

    /** The address of the next page: the same filters, as they were given, from the next offset. */
    static String next(String path, AssetQuery query, @Nullable String bbox, @Nullable String category,
                       @Nullable String kind, @Nullable String tag, @Nullable String q) {
        StringBuilder next = new StringBuilder(path + "?limit=" + query.limit() + "&offset="
                + (query.offset() + query.limit()));
        String[][] given = {{"bbox", bbox}, {"category", category}, {"kind", kind}, {"tag", tag}, {"q", q}};
        for (String[] parameter : given) {
            if (!blank(parameter[1])) {
                next.append('&').append(parameter[0]).append('=')
                        .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            }
        }
        return next.toString();
    }

    private static AssetQueryParameters refused(String problem) {
        return new AssetQueryParameters(null, problem);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
