package london.patchwork.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.HeaderMap;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.SignatureClaim;
import london.patchwork.federation.signatures.SignatureVerifier;
import london.patchwork.federation.signatures.VerificationPolicy;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inbox throughput on this machine: signed Mastodon-style {@code Create(Note)}s POSTed to a real hub, counted
 * when answered 202 (stored and committed) and when applied by the workers; and, in the same run, the two
 * ceilings the inbox is bound by: RSA-2048 verifications per second and single-row commits per second from
 * eight connections to the same PostgreSQL.
 *
 * <p>Requests are signed before the clock starts, so the client's own RSA signing does not compete with the
 * server for the two cores. Run with
 * {@code ./mvnw -q -o -pl server test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath london.patchwork.server.bench.InboxLoadBenchmark 4000"}; add {@code accept-only}
 * after the count to run with the inbox workers off.
 */
public final class InboxLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboxLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        boolean acceptOnly = args.length > 1 && args[1].equals("accept-only");
        int concurrency = 32;
        Map<String, Object> properties = new HashMap<>(TestHubs.HACKNEY.properties());
        properties.put("patchwork.delivery.enabled", "false");
        // With the workers off, the run shows what the request path alone can take.
        properties.put("patchwork.inbox.enabled", Boolean.toString(!acceptOnly));
        String jdbcUrl = (String) properties.get("datasources.default.url");
        durableCommits(jdbcUrl);
        try (EmbeddedServer hub = ApplicationContext.run(EmbeddedServer.class, properties);
             RemoteServer mastodon = new RemoteServer()) {
            String base = "http://localhost:" + properties.get("micronaut.server.port");
            List<URI> senders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                senders.add(mastodon.addActor("resident" + i));
            }
            System.out.printf("signing %d requests from %d actors...%n", count, senders.size());
            List<HttpRequest> requests = signAll(count, senders, mastodon, base);
            warmUp(requests.subList(0, Math.min(200, count / 10)));

            List<HttpRequest> measured = requests.subList(Math.min(200, count / 10), count);
            InboxActivityRepository inbox = hub.getApplicationContext().getBean(InboxActivityRepository.class);
            long started = System.nanoTime();
            int accepted = post(measured, concurrency);
            double acceptSeconds = (System.nanoTime() - started) / 1e9;
            while (!acceptOnly && inbox.countPending() > 0) {
                Thread.sleep(50);
            }
            double appliedSeconds = (System.nanoTime() - started) / 1e9;

            double acceptRate = accepted / acceptSeconds;
            double applyRate = measured.size() / appliedSeconds;
            double verifyRate = rsaVerificationsPerSecond(mastodon, senders.getFirst(), base);
            double commitRate = commitsPerSecond(jdbcUrl, 8, Duration.ofSeconds(5));
            System.out.printf("accepted (202 after commit): %d of %d in %.2f s = %.0f/s%n", accepted, measured.size(),
                    acceptSeconds, acceptRate);
            if (!acceptOnly) {
                System.out.printf("applied (stored as posts):   %d in %.2f s = %.0f/s%n", measured.size(),
                        appliedSeconds, applyRate);
            }
            System.out.printf("ceiling: RSA-2048 verifications, 2 threads: %.0f/s; single-row commits, 8 connections: "
                    + "%.0f/s%n", verifyRate, commitRate);
            System.out.printf("ratios: accepted/verify %.2f, accepted/commit %.2f, applied/commit %.2f%n",
                    acceptRate / verifyRate, acceptRate / commitRate, applyRate / commitRate);
        }
        System.exit(0);
    }

    private static List<HttpRequest> signAll(int count, List<URI> senders, RemoteServer mastodon, String base) {
        List<HttpRequest> requests = new ArrayList<>(count);
        String hub = base + "/actors/hackney";
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            URI actor = senders.get(i % senders.size());
            ObjectNode note = JSON.createObjectNode();
            note.put("id", actor + "/statuses/" + i).put("type", "Note").put("attributedTo", actor.toString())
                    .put("content", "<p>@hackney is the repair café open on Saturday? (" + i + ")</p>")
                    .put("published", now.toString());
            note.putArray("to").add(hub);
            note.putArray("cc").add("https://www.w3.org/ns/activitystreams#Public");
            note.putArray("tag").addObject().put("type", "Mention").put("href", hub).put("name", "@hackney");
            ObjectNode create = JSON.createObjectNode();
            create.put("@context", "https://www.w3.org/ns/activitystreams").put("id", actor + "/statuses/" + i
                    + "/activity").put("type", "Create").put("actor", actor.toString());
            create.set("to", note.get("to"));
            create.set("object", note);
            byte[] body = create.toString().getBytes(StandardCharsets.UTF_8);
            URI inbox = URI.create(base + "/inbox");
            Map<String, String> headers = mastodon.signerFor(actor).sign(new OutgoingRequest("POST", inbox,
                    Map.of("Content-Type", "application/activity+json"), body), now);
            HttpRequest.Builder request = HttpRequest.newBuilder(inbox).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "application/activity+json");
            headers.forEach(request::header);
            requests.add(request.build());
        }
        return requests;
    }

    private static void warmUp(List<HttpRequest> requests) throws InterruptedException {
        post(requests, 8);
    }

    private static int post(List<HttpRequest> requests, int concurrency) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore permits = new Semaphore(concurrency);
        AtomicInteger accepted = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HttpRequest request : requests) {
                permits.acquire();
                executor.submit(() -> {
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 202) {
                            accepted.incrementAndGet();
                        }
                    } catch (Exception e) {
                        System.err.println("request failed: " + e);
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
        return accepted.get();
    }

    /** The verifier the inbox uses, over one signed request, on two threads for three seconds. */
    private static double rsaVerificationsPerSecond(RemoteServer mastodon, URI actor, String base) throws Exception {
        URI inbox = URI.create(base + "/inbox");
        byte[] body = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(CavageSigner.rsaSha256(actor + "#main-key",
                mastodon.keyOf(actor).getPrivate()).sign(new OutgoingRequest("POST", inbox,
                Map.of("Content-Type", "application/activity+json"), body), Instant.now()));
        headers.put("Host", inbox.getAuthority());
        headers.put("Content-Type", "application/activity+json");
        IncomingRequest request = new IncomingRequest("POST", "/inbox", HeaderMap.ofSingle(headers), body, "http");
        SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.mastodon());
        SignatureClaim claim = (SignatureClaim) verifier.claim(request);
        var key = mastodon.keyOf(actor).getPublic();
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    if (!verifier.verify(request, claim, key, Instant.now()).isVerified()) {
                        throw new IllegalStateException("verification failed");
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / 3.0;
    }

    /** The test server trades durability for speed; a hub must not, so measure with commits flushed. */
    private static void durableCommits(String jdbcUrl) throws Exception {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
        try (var connection = DriverManager.getConnection(jdbcUrl, TestPostgres.username(), "")) {
            connection.createStatement().execute("alter database " + database + " set synchronous_commit = on");
        }
    }

    /** Autocommitted single-row inserts from several connections, each its own transaction. */
    private static double commitsPerSecond(String jdbcUrl, int connections, Duration length) throws Exception {
        try (var setup = DriverManager.getConnection(jdbcUrl, TestPostgres.username(), "")) {
            setup.createStatement().execute("create table if not exists bench_commits (id bigserial primary key, "
                    + "payload text not null)");
        }
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (var connection = DriverManager.getConnection(jdbcUrl, TestPostgres.username(), "");
                     var insert = connection.prepareStatement("insert into bench_commits (payload) values (?)")) {
                    while (System.nanoTime() < deadline) {
                        insert.setString(1, "x");
                        insert.executeUpdate();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / (length.toNanos() / 1e9);
    }
}
