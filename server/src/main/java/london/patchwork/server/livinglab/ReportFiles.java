package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a run's {@code report.json} and {@code report.html}. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Where the two files went. */
    public record Written(Path json, Path html) {
    }

    /** Creates {@code outDir} if needed and replaces any earlier report in it. */
    public static Written write(Path outDir, LabReport report) {
        try {
            Files.createDirectories(outDir);
            Path json = outDir.resolve("report.json");
            Path html = outDir.resolve("report.html");
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(json, mapper.writeValueAsString(ReportJson.of(report)) + "\n", StandardCharsets.UTF_8);
            Files.writeString(html, ReportHtml.of(report), StandardCharsets.UTF_8);
            return new Written(json, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
