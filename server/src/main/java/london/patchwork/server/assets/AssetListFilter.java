package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/** The list's and the map's filters as the visitor typed them, never null. */
record AssetListFilter(String category, String kind, String tag, String text) {

    static AssetListFilter of(@Nullable String category, @Nullable String kind, @Nullable String tag,
                              @Nullable String text) {
        return new AssetListFilter(strip(category), strip(kind), strip(tag), strip(text));
    }

    /** Why a page cannot show these filters' assets, in words for the visitor; empty when it can. */
    String problem(AssetCategories categories) {
        if (!category.isEmpty() && !categories.exists(category.toLowerCase(Locale.ROOT))) {
            return "There is no category " + category + ".";
        }
        if (!kind.isEmpty() && !AssetInput.KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            return "There is no kind " + kind + ".";
        }
        return "";
    }

    /** The query these filters ask for, in the given box (null for everywhere). */
    AssetQuery query(@Nullable AssetQuery.Box box, int limit, int offset) {
        return new AssetQuery(box, empty(category.toLowerCase(Locale.ROOT)), empty(kind.toLowerCase(Locale.ROOT)),
                empty(tag.replaceFirst("^#", "").toLowerCase(Locale.ROOT)), empty(text), limit, offset);
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    @Nullable
    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }
}
