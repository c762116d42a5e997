package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.connections.ConnectionService;

import java.util.ArrayList;
import java.util.List;

/**
 * A file read into rows, nothing checked against the hub yet: the assets it describes, the ties between them (Kumu),
 * what was wrong with a row already while reading it, and warnings about the file (unknown columns, skipped members).
 */
record ParsedImport(ImportFormat format, List<AssetRow> assets, List<TieRow> ties, List<Rejection> rejections,
                    List<String> warnings) {

    /**
     * An asset to add.
     *
     * @param index its line number or index, as {@link Rejection#index()} counts
     * @param key   the id the file gives it (a Kumu element's or GeoJSON feature's), or null
     */
    record AssetRow(int index, @Nullable String key, AssetService.Draft draft) {
    }

    /**
     * A Kumu connection: its ends name elements by id, else by label.
     *
     * @param mutual null when the file gives no direction: as the tie's type says
     */
    record TieRow(int index, String from, String to, String type, @Nullable Boolean mutual,
                  @Nullable Integer strength, String note) {

        ConnectionService.Draft draft() {
            return new ConnectionService.Draft(type, mutual, strength, note);
        }
    }

    /** Rows read so far; the readers fill one in. */
    static final class Builder {
        private final ImportFormat format;
        private final List<AssetRow> assets = new ArrayList<>();
        private final List<TieRow> ties = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final java.util.Set<String> rejectedRows = new java.util.HashSet<>();

        Builder(ImportFormat format) {
            this.format = format;
        }

        void asset(int index, @Nullable String key, AssetService.Draft draft) {
            assets.add(new AssetRow(index, key, draft));
        }

        void tie(TieRow tie) {
            ties.add(tie);
        }

        void reject(String row, int index, String field, String message) {
            rejections.add(new Rejection(row, index, field, message));
            rejectedRows.add(row + index);
        }

        /** Whether reading the row found something wrong already. */
        boolean rejected(String row, int index) {
            return rejectedRows.contains(row + index);
        }

        /** A coordinate written as a number or text; one that is not a number rejects the row. */
        @Nullable
        Double coordinate(String row, int index, String column, @Nullable String text) {
            return AssetColumns.number(column, text, (field, message) -> reject(row, index, field, message));
        }

        void warn(String warning) {
            warnings.add(warning);
        }

        ParsedImport build() {
            return new ParsedImport(format, List.copyOf(assets), List.copyOf(ties), List.copyOf(rejections),
                    List.copyOf(warnings));
        }
    }

    /** Rows read: every asset row and tie, including those rejected while reading. */
    int read() {
        return assets.size() + ties.size() + (int) rejections.stream()
                .map(rejection -> rejection.row() + rejection.index()).distinct().count();
    }
}
