package london.patchwork.server.imports;

/**
 * One reason a row cannot be imported.
 *
 * @param row   what the index counts: {@code line} (CSV, the header is line 1), {@code feature}, {@code element},
 *              {@code connection} or {@code service} (indexes from 0, as in the file's array)
 * @param index the row's line number or index
 * @param field the field at fault, or empty for the row as a whole
 */
public record Rejection(String row, int index, String field, String message) {
}
