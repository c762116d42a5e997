package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import london.patchwork.server.testing.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A running Fedify peer ({@code src/test/fedify-peer/peer.mjs}) on 127.0.0.1, driven through its JSON control
 * API. Its output goes to {@code target/fedify-peer/logs/<username>-<port>.log}; failures name that file.
 */
public final class FedifyPeer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What {@code POST /control/follow} did: the Follow's id, the actor followed, the inbox it went to. */
    public record Followed(URI follow, URI target, URI inbox) {
    }

    /** What {@code POST /control/reply} did: the Create's id, the reply Note's id, the actor it went to. */
    public record Replied(URI create, URI note, URI to) {
    }

    /** What {@code POST /control/unfollow} did. */
    public record Unfollowed(URI undo, URI target) {
    }

    private final Process process;
    private final URI origin;
    private final String username;
    private final Path log;

    private FedifyPeer(Process process, URI origin, String username, Path log) {
        this.process = process;
        this.origin = origin;
        this.username = username;
        this.log = log;
    }

    /**
     * Installs the peer if needed (skipping the test where Node is missing, failing under CI), starts it on a free
     * port and waits for its {@code /health}.
     *
     * @param username   the peer's one actor, served at {@code /users/<username>}
     * @param firstKnock the signature scheme Fedify tries first when it delivers (it falls back to the other on
     *                   a 401, which the journal shows)
     */
    public static FedifyPeer start(String username, HttpSignatureScheme firstKnock) {
        if (firstKnock == HttpSignatureScheme.NONE) {
            throw new IllegalArgumentException("Fedify always signs; choose RFC_9421 or DRAFT_CAVAGE");
        }
        NodeTools tools = NodeTools.require();
        Path directory = PeerInstallation.prepare(tools);
        int port = FreePorts.next();
        Path log = PeerInstallation.logs(directory).resolve(username + "-" + port + ".log");
        try {
            Process process = new ProcessBuilder(tools.node().toString(), "peer.mjs", "--port", Integer.toString(port),
                    "--username", username, "--signatures", firstKnock.wireName())
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            FedifyPeer peer = new FedifyPeer(process, URI.create("http://127.0.0.1:" + port), username, log);
            peer.awaitHealthy();
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Fedify peer", e);
        }
    }

    public URI origin() {
        return origin;
    }

    public URI actor() {
        return origin.resolve("/users/" + username);
    }

    public URI inbox() {
        return origin.resolve("/users/" + username + "/inbox");
    }

    public URI sharedInbox() {
        return origin.resolve("/inbox");
    }

    /** The peer's output, for a failure message. */
    public Path log() {
        return log;
    }

    /** Looks the target actor up by its URL (Fedify's {@code lookupObject}) and sends it a Follow. */
    public Followed follow(URI target) {
        return control("/control/follow", Map.of("target", target.toString()), Followed.class);
    }

    /** Sends Undo(Follow) for the follow of {@code target}. */
    public Unfollowed unfollow(URI target) {
        return control("/control/unfollow", Map.of("target", target.toString()), Unfollowed.class);
    }

    /** Sends Create(Note), public, replying to {@code inReplyTo}, addressed to and delivered to {@code to}. */
    public Replied reply(URI inReplyTo, String content, URI to) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("inReplyTo", inReplyTo.toString());
        body.put("content", content);
        body.put("to", to.toString());
        return control("/control/reply", body, Replied.class);
    }

    /** Everything the peer has received and sent so far. */
    public PeerJournal journal() {
        return read(send(HttpRequest.newBuilder(origin.resolve("/control/inbox")).GET()), PeerJournal.class);
    }

    private <T> T control(String path, Map<String, String> body, Class<T> type) {
        try {
            return read(send(HttpRequest.newBuilder(origin.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the Fedify peer answered " + response.statusCode() + " to "
                    + response.request().uri().getPath() + ": " + response.body() + " (peer log: " + log + ")");
        }
        try {
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("unexpected answer from the Fedify peer: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the Fedify peer did not answer (peer log: " + log + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(origin.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Fedify peer exited with " + process.exitValue() + ": " + tail());
            }
            try {
                if (CLIENT.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Node is still loading Fedify; try again shortly.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(100));
        }
        close();
        throw new IllegalStateException("the Fedify peer did not answer /health within " + START_TIMEOUT + ": "
                + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the peer: SIGTERM, then SIGKILL if it has not gone within five seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
