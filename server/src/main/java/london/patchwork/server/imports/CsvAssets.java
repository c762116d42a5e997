package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the assets CSV: a header naming at least {@code name}, {@code kind} and {@code category}, then a row each. */
final class CsvAssets {

    private CsvAssets() {
    }

    /** @throws ImportRefused 400 when required columns are missing or a quote is never closed */
    static ParsedImport read(byte[] file, @Nullable String category) {
        int start = Utf8.start(file);
        var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file, start,
                file.length - start), StandardCharsets.UTF_8), 65536);
        ParsedImport.Builder parsed = new ParsedImport.Builder(ImportFormat.CSV);
        try {
            CsvRecords records = new CsvRecords(reader);
            CsvRecords.Row header = records.next();
            if (header == null || header.blank()) {
                throw new ImportRefused(400, "the CSV is empty: it needs a header row naming at least "
                        + String.join(", ", AssetColumns.REQUIRED));
            }
            Map<String, Integer> columns = columns(header, parsed);
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                if (!row.blank()) {
                    read(row, columns, category, parsed);
                }
            }
        } catch (CsvRecords.Malformed malformed) {
            throw new ImportRefused(400, "the CSV is malformed: " + malformed.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed.build();
    }

    private static Map<String, Integer> columns(CsvRecords.Row header, ParsedImport.Builder parsed) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!AssetColumns.ALL.contains(name)) {
                parsed.warn("unknown column \"" + name + "\" ignored");
            } else if (columns.putIfAbsent(name, i) != null) {
                throw new ImportRefused(400, "the column " + name + " appears twice in the header");
            }
        }
        List<String> missing = AssetColumns.REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused(400, "the CSV lacks the required column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing));
        }
        return columns;
    }

    private static void read(CsvRecords.Row row, Map<String, Integer> columns, @Nullable String category,
                             ParsedImport.Builder parsed) {
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (row.fields().size() < width) {
            parsed.reject("line", row.line(), "", "the row has " + row.fields().size() + " fields, the header "
                    + "names columns up to field " + width);
            return;
        }
        Map<String, String> text = new HashMap<>();
        columns.forEach((name, i) -> text.put(name, row.fields().get(i)));
        Double latitude = parsed.coordinate("line", row.line(), "latitude", text.get("latitude"));
        Double longitude = parsed.coordinate("line", row.line(), "longitude", text.get("longitude"));
        if (!parsed.rejected("line", row.line())) {
            parsed.asset(row.line(), text.get("id"), AssetColumns.draft(text::get,
                    name -> AssetColumns.split(text.get(name)), category, latitude, longitude));
        }
    }
}
