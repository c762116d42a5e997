package london.patchwork.server.imports.bench;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An assets CSV of N rows imported as a job (the way the command line and the organisers' page do) into a real hub in
 * this process (embedded PostgreSQL, real HTTP): the upload, the checking pass and the writing pass timed apart by
 * polling the job, and the rows a second each pass reached. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.imports.bench.ImportBenchmark -Dbenchmark.args="20000"}
 */
public final class ImportBenchmark {

    private static final String HEADER = "id,name,kind,category,description,website,email,phone,status,eligibility,"
            + "fees,schedule,languages,location_name,address,postcode,latitude,longitude,accessibility,tags,url,"
            + "created_at,updated_at\n";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        byte[] file = csv(rows);
        System.out.printf("file: %d rows, %.1f MB%n", rows, file.length / 1e6);
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            HttpProbe http = hub.http();
            long started = System.nanoTime();
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(http.uri("/api/patchwork/imports"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).header("Content-Type", "text/csv")
                    .header("Prefer", "respond-async").header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException(accepted.statusCode() + " " + accepted.body());
            }
            double uploaded = seconds(started);
            String location = accepted.headers().firstValue("Location").orElseThrow();
            double writing = Double.NaN;
            JsonNode job;
            while (true) {
                job = HttpProbe.json(http.send(HttpRequest.newBuilder(http.uri(location)).GET()
                        .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN)));
                if (Double.isNaN(writing) && !job.get("status").asText().matches("queued|validating")) {
                    writing = seconds(started);
                }
                if (job.hasNonNull("finished_at")) {
                    break;
                }
                Thread.sleep(Duration.ofMillis(50));
            }
            double done = seconds(started);
            System.out.printf("status %s, %d imported%n", job.get("status").asText(),
                    job.get("report").get("imported").asInt());
            System.out.printf("upload answered (202): %.2f s%n", uploaded);
            System.out.printf("read and checked: %.2f s (%.0f rows/s)%n", writing - uploaded,
                    rows / (writing - uploaded));
            System.out.printf("written in one transaction: %.2f s (%.0f rows/s)%n", done - writing,
                    rows / (done - writing));
            System.out.printf("total: %.2f s%n", done);
        }
    }

    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(",Community asset ").append(i).append(",place,physical-spaces,")
                    .append("\"A hall for hire, with a kitchen and a garden; number ").append(i).append(".\",")
                    .append("https://asset").append(i).append(".example/,hello@asset").append(i)
                    .append(".example,020 7946 ").append(String.format("%04d", i % 10_000))
                    .append(",active,Everyone,Free,Mon-Fri 9-5,en;tr,Main hall,\"")
                    .append(i).append(" Mare Street, London\",E8 1EA,").append(51.5 + (i % 1000) / 10_000.0)
                    .append(',').append(-0.05 - (i % 1000) / 10_000.0).append(",Step-free,venue;hire,,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
