package london.patchwork.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.server.testing.RemoteServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The hub as an organiser runs it, measured from outside: start-up (fresh data directory, then a restart), idle
 * memory (the JVM's RSS and the embedded PostgreSQL's PSS after 20 s), and, with one load generator (wrk) in one
 * run, the {@code GET /.well-known/host-meta} ceiling and the inbox's rate for pre-signed, distinct Mastodon-style
 * {@code Create(Note)} replies from 20 actors, accepted (202, after commit) and applied. See docs/performance.md.
 *
 * <p>Run after {@code ./mvnw package} with wrk installed ({@code apt-get install wrk}):
 * {@code ./mvnw -q -o -pl server test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath london.patchwork.server.bench.HubBenchmark"}.
 */
public final class HubBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "benchmark-organiser-token-0123456789";
    private static final int ACTORS = 20;
    private static final int CONNECTIONS = 16;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final String SEPARATOR = "\n@@patchwork-request@@\n";
    private static boolean acceptOnly;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private HubBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        // "accept-only" runs the hub with its inbox workers off: the request path alone, for profiling it.
        acceptOnly = args.length > 1 && args[1].equals("accept-only");
        Path work = Files.createTempDirectory("patchwork-bench-");
        int port = freePort();
        HubProcess first = HubProcess.start(work, port);
        System.out.printf("start, fresh data directory: %.2f s%n", first.secondsToHealthy());
        Thread.sleep(Duration.ofSeconds(20));
        Memory idle = first.memory();
        System.out.printf("idle after 20 s: JVM RSS %d MiB + PostgreSQL PSS %d MiB = %d MiB%n", idle.jvmMiB(),
                idle.postgresMiB(), idle.jvmMiB() + idle.postgresMiB());
        first.stop();

        HubProcess hub = HubProcess.start(work, port);
        System.out.printf("restart: %.2f s%n", hub.secondsToHealthy());
        // A hub spends its life restarted on its data: PostgreSQL no longer holds the pages of creating it.
        Thread.sleep(Duration.ofSeconds(20));
        Memory idleAgain = hub.memory();
        System.out.printf("idle 20 s after the restart: JVM RSS %d MiB + PostgreSQL PSS %d MiB = %d MiB%n",
                idleAgain.jvmMiB(), idleAgain.postgresMiB(), idleAgain.jvmMiB() + idleAgain.postgresMiB());
        try (RemoteServer mastodon = new RemoteServer()) {
            String base = "http://127.0.0.1:" + port;
            List<URI> actors = IntStream.range(0, ACTORS).mapToObj(i -> mastodon.addActor("resident" + i)).toList();
            System.out.printf("signing %d requests from %d actors...%n", requests, ACTORS);
            List<String> signed = sign(requests, actors, mastodon, base, port);
            warmUp(base, signed.subList(0, ACTORS * 5));
            // The warm-up's requests are not sent again: a redelivery is accepted but never applied.
            signed = signed.subList(ACTORS * 5, signed.size());
            Path script = writeWrkInput(work, signed);
            wrk(base + "/.well-known/host-meta", null, Duration.ofSeconds(5));

            Wrk hostMeta = wrk(base + "/.well-known/host-meta", null, LOAD);
            double appliedBefore = applied(base);
            long burst = System.nanoTime();
            Wrk inbox = wrk(base + "/inbox", script, LOAD);
            double appliedAtBurstEnd = applied(base) - appliedBefore;
            long accepted = inbox.completed() - inbox.errors();
            System.out.printf("host-meta: %s%ninbox: %s; applied during the burst: %.0f%n", hostMeta, inbox,
                    appliedAtBurstEnd);
            if (acceptOnly) {
                System.out.printf("accept only: %d in %.1f s = %.0f/s; host-meta %.0f/s; ratio %.2f%n", accepted,
                        inbox.seconds(), accepted / inbox.seconds(), hostMeta.rate(),
                        accepted / inbox.seconds() / hostMeta.rate());
                hub.stop();
                System.exit(0);
            }
            double drained = awaitApplied(base, appliedBefore + accepted, burst);
            double acceptedRate = accepted / inbox.seconds();
            double appliedRate = accepted / drained;

            System.out.println();
            System.out.println("| figure | value |");
            System.out.println("| --- | ---: |");
            System.out.printf("| start, fresh data directory → /health 200 | %.2f s |%n", first.secondsToHealthy());
            System.out.printf("| restart | %.2f s |%n", hub.secondsToHealthy());
            System.out.printf("| idle 20 s after the first start: JVM RSS + PostgreSQL PSS | %d + %d = %d MiB |%n",
                    idle.jvmMiB(), idle.postgresMiB(), idle.jvmMiB() + idle.postgresMiB());
            System.out.printf("| idle 20 s after the restart | %d + %d = %d MiB |%n", idleAgain.jvmMiB(),
                    idleAgain.postgresMiB(), idleAgain.jvmMiB() + idleAgain.postgresMiB());
            System.out.printf("| host-meta, %d connections | %.0f/s |%n", CONNECTIONS, hostMeta.rate());
            System.out.printf("| inbox accepted (202) | %d in %.1f s = %.0f/s (%d refused) |%n", accepted,
                    inbox.seconds(), acceptedRate, inbox.errors());
            System.out.printf("| inbox applied during the burst | %.0f |%n", appliedAtBurstEnd);
            System.out.printf("| inbox applied, burst start → drained | %d in %.1f s = %.0f/s |%n", accepted, drained,
                    appliedRate);
            System.out.printf("| accepted ÷ host-meta | %.2f |%n", acceptedRate / hostMeta.rate());
            System.out.printf("| applied ÷ accepted | %.2f |%n", appliedRate / acceptedRate);
            if (accepted >= signed.size()) {
                System.out.println("note: every signed request was used; pass a larger count for a full 10 s burst");
            }
        } finally {
            hub.stop();
        }
        System.exit(0);
    }

    /** Distinct replies to the hub, each mentioning it (so each is kept), signed before the clock starts. */
    private static List<String> sign(int count, List<URI> actors, RemoteServer mastodon, String base, int port) {
        // The hub knows itself as localhost in local mode; requests go to 127.0.0.1, which wrk needs no lookup for.
        String hub = "http://localhost:" + port + "/actors/hub";
        Instant now = Instant.now();
        URI inbox = URI.create(base + "/inbox");
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            URI actor = actors.get(i % actors.size());
            ObjectNode note = JSON.createObjectNode();
            note.put("id", actor + "/statuses/" + i).put("type", "Note").put("attributedTo", actor.toString())
                    .put("content", "<p><span class=\"h-card\"><a href=\"" + hub + "\" class=\"u-url mention\">"
                            + "@<span>hub</span></a></span> is the repair café open on Saturday? (" + i + ")</p>")
                    .put("published", now.toString());
            note.putArray("to").add(hub);
            note.putArray("cc").add("https://www.w3.org/ns/activitystreams#Public");
            note.putArray("tag").addObject().put("type", "Mention").put("href", hub).put("name", "@hub");
            ObjectNode create = JSON.createObjectNode();
            create.put("@context", "https://www.w3.org/ns/activitystreams")
                    .put("id", actor + "/statuses/" + i + "/activity").put("type", "Create").put("actor", actor.toString());
            create.set("to", note.get("to"));
            create.set("object", note);
            byte[] body = create.toString().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = mastodon.signerFor(actor).sign(new OutgoingRequest("POST", inbox,
                    Map.of("Content-Type", "application/activity+json"), body), now);
            StringBuilder raw = new StringBuilder("POST /inbox HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
                    .append("Content-Type: application/activity+json\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
            headers.forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Type")) {
                    raw.append(name).append(": ").append(value).append("\r\n");
                }
            });
            return raw.append("\r\n").append(new String(body, StandardCharsets.UTF_8)).toString();
        }).toList();
    }

    /** The requests in one file and a wrk script that sends each once, every thread its own share. */
    private static Path writeWrkInput(Path work, List<String> signed) throws IOException {
        Path requests = work.resolve("requests.txt");
        Files.writeString(requests, String.join(SEPARATOR, signed));
        Path script = work.resolve("inbox.lua");
        Files.writeString(script, """
                local counter = 0
                function setup(thread)
                  thread:set("id", counter)
                  counter = counter + 1
                end
                function init(args)
                  local file = io.open("%s", "rb")
                  local all = file:read("*a")
                  file:close()
                  requests = {}
                  local index = 0
                  local start = 1
                  while true do
                    local i, j = string.find(all, "%s", start, true)
                    local piece = i and string.sub(all, start, i - 1) or string.sub(all, start)
                    if index %% 2 == id then table.insert(requests, piece) end
                    index = index + 1
                    if not i then break end
                    start = j + 1
                  end
                  cursor = 1
                end
                function request()
                  local r = requests[cursor]
                  cursor = cursor + 1
                  if cursor > #requests then cursor = 1 end
                  return r
                end
                """.formatted(requests, SEPARATOR.replace("\n", "\\n")));
        return script;
    }

    /** First contact of every actor (the hub fetches their keys) and some JIT warm-up, before any clock runs. */
    private static void warmUp(String base, List<String> requests) throws Exception {
        for (String raw : requests) {
            String[] parts = raw.split("\r\n\r\n", 2);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/inbox"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(parts[1]));
            for (String line : parts[0].split("\r\n")) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon);
                if (colon > 0 && !name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                    request.header(name, line.substring(colon + 1).strip());
                }
            }
            CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private record Wrk(long completed, long errors, double seconds) {
        double rate() {
            return completed / seconds;
        }
    }

    private static Wrk wrk(String url, Path script, Duration duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is needed for the load figures: apt-get install wrk", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher done = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)").matcher(output);
        if (!done.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        double seconds = Double.parseDouble(done.group(2)) * switch (done.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        Matcher refused = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socketErrors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        long errors = refused.find() ? Long.parseLong(refused.group(1)) : 0;
        if (socketErrors.find()) {
            System.out.println("wrk socket errors: " + socketErrors.group());
        }
        return new Wrk(Long.parseLong(done.group(1)), errors, seconds);
    }

    /** Inbox activities applied so far, from the hub's own metrics. */
    private static double applied(String base) throws Exception {
        HttpResponse<String> metrics;
        try {
            metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/prometheus")).timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException slow) {
            return applied(base);
        }
        Matcher line = Pattern.compile("(?m)^patchwork_inbox_processed_total\\{[^}]*outcome=\"applied\"[^}]*} ([0-9.eE+]+)")
                .matcher(metrics.body());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** Seconds from the burst's start until the hub has applied everything it accepted. */
    private static double awaitApplied(String base, double target, long burst) throws Exception {
        double applied;
        while ((applied = applied(base)) < target) {
            if (System.nanoTime() - burst > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("the hub applied " + applied + " of " + target + " in 10 minutes");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - burst) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Memory(long jvmMiB, long postgresMiB) {
    }

    /** A hub started the way the README starts it, on a data directory of its own. */
    private record HubProcess(Process process, Path data, double secondsToHealthy) {

        static HubProcess start(Path work, int port) throws Exception {
            Path root = Files.isRegularFile(Path.of("server", "target", "patchwork.jar")) ? Path.of(".")
                    : Path.of("..");
            Path jar = root.resolve("server/target/patchwork.jar").toAbsolutePath().normalize();
            Path script = root.resolve("server/bin/patchwork").toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("build the jar first: ./mvnw package -Dmaven.test.skip=true");
            }
            List<String> command = Files.isExecutable(script) ? List.of(script.toString())
                    : List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("hub.log").toFile()));
            Path data = work.resolve("postgres");
            builder.environment().put("PATCHWORK_DATABASE_DATA_DIR", data.toString());
            builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            builder.environment().put("PATCHWORK_ADMIN_TOKEN", TOKEN);
            if (acceptOnly) {
                builder.environment().put("PATCHWORK_INBOX_ENABLED", "false");
            }
            // For profiling or trying JVM settings: e.g. -XX:StartFlightRecording=filename=hub.jfr. The launcher
            // adds PATCHWORK_JAVA_OPTS after its own settings, so these win over them.
            String options = System.getenv("PATCHWORK_BENCH_HUB_OPTIONS");
            if (options != null && !options.isBlank()) {
                builder.environment().put(Files.isExecutable(script) ? "PATCHWORK_JAVA_OPTS" : "JDK_JAVA_OPTIONS",
                        options);
            }
            long started = System.nanoTime();
            Process process = builder.start();
            awaitHealthy(process, port);
            return new HubProcess(process, data, (System.nanoTime() - started) / 1e9);
        }

        Memory memory() throws IOException {
            return new Memory(procField(process.pid(), "status", "VmRSS:") / 1024, postgresPssKiB(data) / 1024);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        private static void awaitHealthy(Process process, int port) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the hub exited with " + process.exitValue());
                }
                try {
                    HttpResponse<Void> health = CLIENT.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("the hub was not healthy within a minute");
        }

        /** The embedded PostgreSQL's processes, found by the data directory on the postmaster's command line. */
        private static long postgresPssKiB(Path data) {
            String marker = data.toString();
            long postmaster = ProcessHandle.allProcesses()
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
            if (postmaster < 0) {
                return 0;
            }
            return procField(postmaster, "smaps_rollup", "Pss:") + ProcessHandle.of(postmaster).stream()
                    .flatMap(ProcessHandle::children).mapToLong(child -> procField(child.pid(), "smaps_rollup", "Pss:"))
                    .sum();
        }

        private static long procField(long pid, String file, String field) {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(pid), file)).stream()
                        .filter(text -> text.startsWith(field)).findFirst()
                        .map(text -> Long.parseLong(text.replaceAll("[^0-9]", ""))).orElse(0L);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
