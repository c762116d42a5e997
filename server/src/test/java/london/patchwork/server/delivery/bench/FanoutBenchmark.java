package london.patchwork.server.delivery.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestInbox;
import london.patchwork.server.testing.TestPostgres;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures for planning, not a test: one post by the hub to 10,000 followers spread over 1,000 servers, each with a
 * shared inbox, all served by one local sink (each server is its own loopback address, 127.1.x.y, so the per-host
 * limits and circuits see 1,000 hosts). Prints the fan-out time, the time to drain the 1,000 deliveries, deliveries
 * per second and, in the same run (just before and after each round, since the machine is shared), RSA-2048 signs
 * per second on all cores, as a ratio. Several rounds: the first includes JIT warm-up.
 *
 * <p>Arguments (optional): rounds (3), delivery workers (16).
 */
public final class FanoutBenchmark {

    private static final int SERVERS = 1_000;
    private static final int FOLLOWERS_PER_SERVER = 10;

    private FanoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String workers = args.length > 1 ? args[1] : "16";
        String database = TestPostgres.newDatabase("fanout_bench");
        int port = FreePorts.next();
        Map<String, Object> properties = new HashMap<>(TestHubs.HACKNEY.properties(database, port));
        properties.put("patchwork.delivery.workers", workers);
        try (TestInbox sink = TestInbox.startOnAllLoopbackAddresses();
             EmbeddedServer hub = ApplicationContext.run(EmbeddedServer.class, properties)) {
            FederationRows rows = new FederationRows(database);
            long hubId = rows.localActorId(TestHubs.HACKNEY.username());
            Instant seeding = Instant.now();
            seedFollowers(rows, hubId, sink.port());
            System.out.printf("seeded %d followers on %d servers in %d ms; %s delivery workers, %d cores%n",
                    SERVERS * FOLLOWERS_PER_SERVER, SERVERS, Duration.between(seeding, Instant.now()).toMillis(),
                    workers, Runtime.getRuntime().availableProcessors());
            int cores = Runtime.getRuntime().availableProcessors();
            CpuClock cpu = CpuClock.forPostgresOnPort(Integer.parseInt(database.replaceAll("^.*://[^:]+:(\\d+)/.*$", "$1")));
            for (int round = 1; round <= rounds; round++) {
                // The machine is shared: measure the signing ceiling just before and just after each round.
                double before = signsPerSecond(cores);
                long jvm = cpu.jvmNanos();
                long postgres = cpu.postgresNanos();
                double rate = runRound(round, rows, hubId, sink, "http://localhost:" + port);
                double jvmMillis = (cpu.jvmNanos() - jvm) / 1e6 / SERVERS;
                double postgresMillis = (cpu.postgresNanos() - postgres) / 1e6 / SERVERS;
                double after = signsPerSecond(cores);
                double ceiling = (before + after) / 2;
                System.out.printf("round %d: RSA-2048 signs/s on %d threads around it: %.0f before, %.0f after; "
                        + "deliveries/s ÷ signs/s = %.2f%n", round, cores, before, after, rate / ceiling);
                System.out.printf("round %d: CPU per delivery %.2f ms in the JVM (hub and sink) + %.2f ms in PostgreSQL%n",
                        round, jvmMillis, postgresMillis);
            }
            double signMillis = cpuMillisPerSign();
            System.out.printf("RSA-2048 sign: %.2f ms of CPU each (%.0f/s per core if it had the core to itself); "
                    + "one thread managed %.0f/s of wall time just now%n", signMillis, 1000 / signMillis, signsPerSecond(1));
        }
        System.exit(0);
    }

    /** Publishes one post to every follower and waits for the 1,000 inboxes; returns deliveries per second. */
    private static double runRound(int round, FederationRows rows, long hubId, TestInbox sink, String base)
            throws InterruptedException {
        int before = sink.received().size();
        long id = rows.nextActivityId();
        String uri = base + "/activities/" + id;
        String actor = base + "/actors/" + TestHubs.HACKNEY.username();
        Instant start = Instant.now();
        rows.insertActivity(id, uri, hubId, """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Create", "actor": "%s",
                 "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["%s/followers"],
                 "object": {"id": "%s/object", "type": "Note", "attributedTo": "%s", "content": "<p>Round %d</p>",
                 "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["%s/followers"]}}"""
                .formatted(uri, actor, actor, uri, actor, round, actor));
        Instant planned = null;
        while (sink.received().size() - before < SERVERS) {
            if (planned == null && rows.queryLong("select count(*) from activities where id = ? and fanout_state = 'done'",
                    id) == 1) {
                planned = Instant.now();
            }
            Thread.sleep(20);
        }
        Instant drained = Instant.now();
        while (rows.queryLong("select count(*) from delivery_jobs where activity_id = ? and state = 'delivered'", id)
                < SERVERS) {
            Thread.sleep(20);
        }
        Instant recorded = Instant.now();
        double seconds = Duration.between(start, drained).toMillis() / 1000.0;
        double rate = SERVERS / seconds;
        System.out.printf("round %d: fan-out planned in %d ms; %d inboxes received the post in %.2f s (%.0f deliveries/s);"
                        + " all jobs recorded delivered after %.2f s%n", round,
                planned == null ? -1 : Duration.between(start, planned).toMillis(), SERVERS, seconds, rate,
                Duration.between(start, recorded).toMillis() / 1000.0);
        return rate;
    }

    /** 1,000 servers 127.1.x.y, each with a shared inbox and ten followers of the hub. */
    private static void seedFollowers(FederationRows rows, long hubId, int port) {
        List<String> actors = new ArrayList<>();
        List<String> inboxes = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (int server = 0; server < SERVERS; server++) {
            String origin = "http://127.1." + (server / 250) + "." + (server % 250 + 1) + ":" + port;
            for (int follower = 0; follower < FOLLOWERS_PER_SERVER; follower++) {
                actors.add(origin + "/users/u" + follower);
                inboxes.add(origin + "/users/u" + follower + "/inbox");
                shared.add(origin + "/inbox");
            }
        }
        rows.addFollowers(hubId, actors, inboxes, shared);
    }

    /** CPU time of one RSA-2048 draft-cavage sign of a delivery-sized POST, on this thread. */
    private static double cpuMillisPerSign() {
        RequestSigner signer = CavageSigner.rsaSha256("https://hub.example/actors/hub#main-key",
                KeyPairs.rsa2048().getPrivate());
        OutgoingRequest request = new OutgoingRequest("POST", URI.create("https://peer.example/inbox"),
                Map.of("Host", "peer.example", "Content-Type", "application/activity+json"), new byte[1200]);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int signs = 1_000;
        for (int i = 0; i < signs; i++) {
            signer.sign(request, Instant.now());
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 / signs;
    }

    /** RSA-2048 draft-cavage signs per second of a delivery-sized POST, on this many threads for 2 s. */
    private static double signsPerSecond(int threads) throws InterruptedException {
        RequestSigner signer = CavageSigner.rsaSha256("https://hub.example/actors/hub#main-key",
                KeyPairs.rsa2048().getPrivate());
        OutgoingRequest request = new OutgoingRequest("POST", URI.create("https://peer.example/inbox"),
                Map.of("Host", "peer.example", "Content-Type", "application/activity+json"), new byte[1200]);
        for (int i = 0; i < 200; i++) {
            signer.sign(request, Instant.now());
        }
        AtomicLong signed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        CountDownLatch done = new CountDownLatch(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    signer.sign(request, Instant.now());
                    signed.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await();
        return signed.get() / ((System.nanoTime() - started) / 1e9);
    }
}
