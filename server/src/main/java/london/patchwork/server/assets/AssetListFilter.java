package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;

/** The list page's filters as the visitor typed them, never null. */
record AssetListFilter(String category, String kind, String tag, String text) {

    static AssetListFilter of(@Nullable String category, @Nullable String kind, @Nullable String tag,
                              @Nullable String text) {
        return new AssetListFilter(strip(category), strip(kind), strip(tag), strip(text));
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
