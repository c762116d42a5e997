package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.List;

/** A finished job's report as the command line prints it; the exit code says how it ended. */
final class ImportReportText {

    private static final List<String> PLACES = List.of("line", "feature", "element", "connection", "service");

    private ImportReportText() {
    }

    static int print(PrintWriter out, JsonNode job) {
        String status = job.path("status").asText();
        JsonNode report = job.path("report");
        if (report.isMissingNode() || report.isNull()) {
            out.println("Import " + job.path("id").asText() + " " + status + ": " + job.path("reason").asText());
            out.flush();
            return ImportCommand.REFUSED;
        }
        out.println("Import " + job.path("id").asText() + " " + status + ": " + report.path("read").asInt()
                + " read, " + report.path("imported").asInt() + " imported (" + report.path("assets").asInt()
                + " assets, " + report.path("connections").asInt() + " connections), "
                + report.path("rejected").asInt() + " rejected");
        for (JsonNode row : report.path("rejections")) {
            String place = PLACES.stream().filter(row::has).findFirst().map(name -> name + " " + row.get(name).asInt())
                    .orElse("file");
            out.println("  " + place + (row.path("field").asText().isEmpty() ? "" : " " + row.path("field").asText())
                    + ": " + row.path("message").asText());
        }
        for (JsonNode warning : report.path("warnings")) {
            out.println("  warning: " + warning.asText());
        }
        if (ImportReport.REJECTED.equals(status)) {
            out.println("Nothing was imported: correct the rows above and import the file again.");
        }
        out.flush();
        return ImportReport.IMPORTED.equals(status) ? ImportCommand.IMPORTED : ImportCommand.REJECTED;
    }
}
