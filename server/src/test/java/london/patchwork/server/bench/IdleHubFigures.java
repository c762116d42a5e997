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
            long postgres = postgresRssKiB(data.resolve("postgres"));
            System.out.printf("%s: healthy after %.1f s; idle RSS java %d MiB, embedded PostgreSQL (PSS) %d MiB%n", run,
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

    /**
     * The embedded PostgreSQL's processes (postmaster and its children, found by the data directory on their
     * command line, since pg_ctl detaches them from the JVM), as proportional set size: shared buffers are
     * split between the processes that touch them instead of being counted once per process.
     */
    private static long postgresRssKiB(Path dataDirectory) throws IOException {
        String marker = dataDirectory.toString();
        long postmaster = ProcessHandle.allProcesses()
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        if (postmaster < 0) {
            return 0;
        }
        return pssKiB(postmaster) + ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)
                .mapToLong(child -> pssKiB(child.pid())).sum();
    }

    private static long rssKiB(long pid) {
        return procField(pid, "status", "VmRSS:");
    }

    private static long pssKiB(long pid) {
        return procField(pid, "smaps_rollup", "Pss:");
    }

    /** A KiB figure from /proc; 0 when the process is gone. */
    private static long procField(long pid, String file, String field) {
        try {
            Optional<String> line = Files.readAllLines(Path.of("/proc", Long.toString(pid), file)).stream()
                    .filter(text -> text.startsWith(field)).findFirst();
            return line.map(text -> Long.parseLong(text.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
