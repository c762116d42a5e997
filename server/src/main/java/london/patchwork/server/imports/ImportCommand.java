package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code patchwork import FILE --hub URL --token TOKEN}: uploads a file to a running hub's import API as a job, shows
 * its progress (a bar redrawn in place on a terminal, a line now and then otherwise), prints the report, and exits
 * non-zero when the hub rejected the file or a row of it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import assets (and Kumu connections) from a file into a running Patchwork hub.")
public final class ImportCommand implements Callable<Integer> {

    static final int IMPORTED = 0;
    static final int REJECTED = 1;
    static final int REFUSED = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--format", description = "csv, geojson, kumu or oruk (default: from the file's extension)")
    String format;

    @Option(names = "--hub", required = true, description = "the hub's address, e.g. https://hackney.example")
    URI hub;

    @Option(names = "--token", defaultValue = "${env:PATCHWORK_TOKEN}",
            description = "the organiser token, or an organiser's or moderator's app token (default: $PATCHWORK_TOKEN)")
    String token;

    @Option(names = "--progress", description = "bar (redrawn in place) or lines (default: bar on a terminal)")
    String progress;

    @Option(names = "--poll", defaultValue = "PT0.25S", hidden = true, description = "how often to ask")
    Duration poll;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try {
            return upload(spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (IOException unreachable) {
            spec.commandLine().getErr().println("Could not reach " + hub + " or read " + file + ": " + unreachable);
            return REFUSED;
        }
    }

    private int upload(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        if (token == null || token.isBlank()) {
            err.println("No token: give --token or set PATCHWORK_TOKEN.");
            return REFUSED;
        }
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : fromExtension(file);
        if (chosen == null) {
            err.println("Say which format " + file.getFileName() + " is: --format csv|geojson|kumu|oruk");
            return REFUSED;
        }
        if (Files.size(file) > ImportService.MAX_BYTES) {
            err.println(ImportUploads.tooLarge().getMessage());
            return REFUSED;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> queued = client.send(HttpRequest.newBuilder(hub.resolve("/api/patchwork/imports?format="
                        + URLEncoder.encode(chosen, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Prefer", "respond-async")
                .header("Content-Type", contentType(chosen)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (queued.statusCode() != 202) {
            err.println("The hub refused the file (" + queued.statusCode() + "): " + reason(queued.body()));
            return REFUSED;
        }
        URI job = hub.resolve(queued.headers().firstValue("Location").orElseThrow());
        ImportProgressLine line = new ImportProgressLine(out, progress != null ? "bar".equals(progress)
                : ImportProgressLine.terminal());
        JsonNode state = JSON.readTree(queued.body());
        while (state.path("finished_at").isNull() || state.path("finished_at").isMissingNode()) {
            line.show(state.path("status").asText(), state.path("processed").asInt(), state.path("total").asInt());
            Thread.sleep(poll);
            HttpResponse<String> polled = client.send(HttpRequest.newBuilder(job).header("Authorization",
                    "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() != 200) {
                line.end();
                err.println("The hub stopped answering about the import (" + polled.statusCode() + ")");
                return REFUSED;
            }
            state = JSON.readTree(polled.body());
        }
        line.show(state.path("status").asText(), state.path("processed").asInt(), state.path("total").asInt());
        line.end();
        return ImportReportText.print(out, state);
    }

    private static String fromExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".geojson") ? "geojson" : null;
    }

    private static String contentType(String format) {
        return switch (format) {
            case "csv" -> "text/csv";
            case "geojson" -> "application/geo+json";
            default -> "application/json";
        };
    }

    private static String reason(String body) {
        try {
            return JSON.readTree(body).path("error").asText(body);
        } catch (IOException notJson) {
            return body;
        }
    }
}
