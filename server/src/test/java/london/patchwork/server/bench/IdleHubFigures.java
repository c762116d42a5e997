package london.patchwork.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Start-up time and resident memory of an idle hub, run exactly as the README runs it ({@code java -jar
 * server/target/patchwork.jar}, default JVM settings, embedded PostgreSQL on a fresh data directory), twice:
 * the first start creates the database and keys, the second is a restart. Run after {@code ./mvnw package} with
 * {@code ./mvnw -q -o -pl server exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath london.patchwork.server.bench.IdleHubFigures"}.
 */
public final class IdleHubFigures {

    private IdleHubFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = List.of(Path.of("target", "patchwork.jar"), Path.of("server", "target", "patchwork.jar")).stream()
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw package"));
        Path data = Files.createTempDirectory("patchwork-idle-");
        for (String run : List.of("first start", "restart")) {
            measure(run, jar, data);
        }
        System.exit(0);
    }

    private static void measure(String run, Path jar, Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
        builder.environment().put("PATCHWORK_DATABASE_DATA_DIR", data.resolve("postgres").toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", "18080");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            awaitHealthy(process);
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(Duration.ofSeconds(20));
            long jvm = rssKiB(process.pid());
            long postgres = process.descendants().mapToLong(child -> rssKiB(child.pid())).sum();
            System.out.printf("%s: healthy after %.1f s; idle RSS java %d MiB, embedded PostgreSQL %d MiB%n", run,
                    seconds, jvm / 1024, postgres / 1024);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void awaitHealthy(Process process) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:18080/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the hub was not healthy within a minute");
    }

    /** Resident set size from /proc, in KiB; 0 when the process is gone. */
    private static long rssKiB(long pid) {
        try {
            Optional<String> line = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(text -> text.startsWith("VmRSS:")).findFirst();
            return line.map(text -> Long.parseLong(text.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
