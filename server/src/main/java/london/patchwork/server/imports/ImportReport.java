package london.patchwork.server.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did: rows read, stored and rejected, and every rejected row with its place in the file and the
 * reason, field by field. A rejected import stores nothing, so {@code imported} is then 0.
 *
 * @param status      {@code imported} or {@code rejected}
 * @param read        rows read: assets and ties (members and ties to them, which imports skip, are not counted)
 * @param rejected    rows with at least one problem
 * @param assets      assets stored
 * @param connections ties stored
 * @param warnings    about the file as a whole (unknown columns, skipped members), never a reason to refuse it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportReport(String format, String status, int read, int imported, int rejected, int assets,
                           int connections, List<Row> rejections, List<String> warnings) {

    public static final String IMPORTED = "imported";
    public static final String REJECTED = "rejected";

    /** A rejected row's problem: exactly one of the place fields is set, after the file's kind of rows. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(@Nullable Integer line, @Nullable Integer feature, @Nullable Integer element,
                      @Nullable Integer connection, @Nullable Integer service, String field, String message) {

        static Row of(Rejection rejection) {
            int at = rejection.index();
            return switch (rejection.row()) {
                case "line" -> new Row(at, null, null, null, null, rejection.field(), rejection.message());
                case "feature" -> new Row(null, at, null, null, null, rejection.field(), rejection.message());
                case "element" -> new Row(null, null, at, null, null, rejection.field(), rejection.message());
                case "connection" -> new Row(null, null, null, at, null, rejection.field(), rejection.message());
                default -> new Row(null, null, null, null, at, rejection.field(), rejection.message());
            };
        }

        /** Where it is, in words: "line 3", "element 0". */
        public String place() {
            return line != null ? "line " + line : feature != null ? "feature " + feature : element != null
                    ? "element " + element : connection != null ? "connection " + connection : "service " + service;
        }
    }

    public boolean wasRejected() {
        return REJECTED.equals(status);
    }
}
