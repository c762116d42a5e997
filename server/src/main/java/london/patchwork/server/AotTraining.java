package london.patchwork.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run that `./mvnw package` makes for the JDK's ahead-of-time cache (server/bin/patchwork): a hub
 * started on a throwaway database and port, asked for what peers and browsers ask for, then stopped. The JVM
 * writes the cache of what it loaded and linked when this exits.
 */
final class AotTraining {

    /** What residents' servers, browsers and crawlers fetch first from a new hub. */
    private static final List<String> PATHS = List.of("/", "/actors/hub", "/actor", "/.well-known/webfinger?resource=acct:hub@localhost",
            "/.well-known/nodeinfo", "/nodeinfo/2.1", "/.well-known/host-meta", "/actors/hub/outbox",
            "/actors/hub/outbox?page=true", "/actors/hub/followers", "/actors/hub/collections/featured",
            "/health/liveness", "/health");

    private AotTraining() {
    }

    static void run(String[] args) throws Exception {
        Path data = Files.createTempDirectory("patchwork-aot-");
        try (ApplicationContext context = Micronaut.build(args).mainClass(Application.class).banner(false)
                .properties(java.util.Map.of("micronaut.server.port", -1,
                        "patchwork.database.data-dir", data.resolve("postgres").toString(),
                        // The package step's output: only what went wrong.
                        "logger.levels.io.micronaut", "WARN", "logger.levels.london.patchwork", "ERROR"))
                .start()) {
            URI base = context.getBean(EmbeddedServer.class).getURI();
            HttpClient client = HttpClient.newHttpClient();
            for (int round = 0; round < 3; round++) {
                for (String path : PATHS) {
                    for (String accept : List.of("application/activity+json", "text/html")) {
                        client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                }
                // The refusal path of the inbox: an unsigned POST.
                client.send(HttpRequest.newBuilder(base.resolve("/inbox")).header("Content-Type",
                        "application/activity+json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            deleteQuietly(data);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up in the end
        }
    }
}
