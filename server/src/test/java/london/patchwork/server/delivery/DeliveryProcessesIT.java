package london.patchwork.server.delivery;

import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.ServerProcess;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestInbox;
import london.patchwork.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged server as real operating-system processes on one database: killed with SIGKILL in the middle of
 * delivering, and two of them side by side. The sink counts every (activity, inbox) pair it receives and notices
 * when one pair is received by two connections at once.
 */
class DeliveryProcessesIT {

    private static final int FOLLOWERS = 40;
    private static final int ACTIVITIES = 10;
    private static final int JOBS = FOLLOWERS * ACTIVITIES;
    private static final Duration READY = Duration.ofSeconds(150);
    private static final Duration DRAIN = Duration.ofSeconds(180);
    /** Short leases and timeouts, so that a killed process's jobs come back within seconds. */
    private static final Map<String, String> QUICK = Map.of(
            "PATCHWORK_DELIVERY_WORKERS", "8",
            "PATCHWORK_DELIVERY_PER_HOST_CONCURRENCY", "8",
            "PATCHWORK_DELIVERY_POLL_INTERVAL", "200ms",
            "PATCHWORK_DELIVERY_TIMEOUT", "2s",
            "PATCHWORK_DELIVERY_LEASE", "4s",
            "PATCHWORK_DELIVERY_FANOUT_LEASE", "4s",
            "PATCHWORK_DELIVERY_RETRY_BASE", "200ms");

    @Test
    void aProcessKilledMidDeliveryLosesNothingAndRepeatsOnlyWhatWasInFlight() {
        String database = TestPostgres.newDatabase("sigkill");
        int port = FreePorts.next();
        FederationRows rows = new FederationRows(database);
        try (TestInbox peer = TestInbox.start().delay(Duration.ofMillis(150))) {
            List<String> activities;
            Set<String> inFlightAtKill;
            int receivedAtKill;
            try (ServerProcess first = ServerProcess.start("sigkill-first", TestHubs.HACKNEY, database, port, QUICK)) {
                first.awaitReady(READY);
                activities = publishToFollowers(rows, peer, port);
                await().atMost(DRAIN).until(() -> peer.received().size() >= JOBS / 4);
                first.kill();
                receivedAtKill = peer.received().size();
                inFlightAtKill = inFlight(rows);
            }
            assertThat(receivedAtKill).as("killed mid-delivery").isLessThan(JOBS);
            assertThat(inFlightAtKill).as("jobs were in flight at the kill").isNotEmpty();

            try (ServerProcess second = ServerProcess.start("sigkill-second", TestHubs.HACKNEY, database, port, QUICK)) {
                second.awaitReady(READY);
                await().atMost(DRAIN).until(() -> rows.jobs("delivered") == JOBS);
            }
            Map<String, Integer> perPair = peer.deliveriesPerActivityAndInbox();
            assertThat(perPair).hasSize(JOBS);
            assertThat(perPair.keySet()).allMatch(key -> activities.contains(key.split(" ")[0]));
            assertThat(inFlightAtKill).containsAll(peer.duplicates());
            assertThat(perPair.values()).allMatch(count -> count <= 2);
            System.out.printf("event=sigkill_result jobs=%d receivedAtKill=%d inFlightAtKill=%d duplicates=%d%n",
                    JOBS, receivedAtKill, inFlightAtKill.size(), peer.duplicates().size());
        }
    }

    @Test
    void twoProcessesOnOneDatabaseNeverSendTheSameJobAtOnceAndTogetherSendEverything() {
        String database = TestPostgres.newDatabase("two_processes");
        int portA = FreePorts.next();
        int portB = FreePorts.next();
        // Two nodes of one hub behind a load balancer: one public base URL.
        Map<String, String> environment = new HashMap<>(QUICK);
        environment.put("PATCHWORK_BASE_URL", "http://localhost:" + portA);
        FederationRows rows = new FederationRows(database);
        try (TestInbox peer = TestInbox.start().delay(Duration.ofMillis(50));
             ServerProcess a = ServerProcess.start("pair-a", TestHubs.HACKNEY, database, portA, environment);
             ServerProcess b = ServerProcess.start("pair-b", TestHubs.HACKNEY, database, portB, environment)) {
            a.awaitReady(READY);
            b.awaitReady(READY);
            publishToFollowers(rows, peer, portA);

            await().atMost(DRAIN).until(() -> rows.jobs("delivered") == JOBS);
            assertThat(peer.overlappingDeliveries()).isZero();
            assertThat(peer.duplicates()).isEmpty();
            assertThat(peer.deliveriesPerActivityAndInbox()).hasSize(JOBS);
            long byA = delivered(a);
            long byB = delivered(b);
            assertThat(byA + byB).isEqualTo(JOBS);
            assertThat(byA).as("process A delivered some").isPositive();
            assertThat(byB).as("process B delivered some").isPositive();
            System.out.printf("event=two_processes_result jobs=%d byA=%d byB=%d%n", JOBS, byA, byB);
        }
    }

    /** 40 followers with personal inboxes on the peer, then 10 posts to the followers: 400 jobs. */
    private static List<String> publishToFollowers(FederationRows rows, TestInbox peer, int port) {
        long hub = rows.localActorId(TestHubs.HACKNEY.username());
        List<String> actors = new ArrayList<>();
        List<String> inboxes = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < FOLLOWERS; i++) {
            actors.add(peer.url("/users/f" + i));
            inboxes.add(peer.url("/users/f" + i + "/inbox"));
            shared.add(null);
        }
        rows.addFollowers(hub, actors, inboxes, shared);
        String base = "http://localhost:" + port;
        String actor = base + "/actors/" + TestHubs.HACKNEY.username();
        List<String> activities = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            long id = rows.nextActivityId();
            String uri = base + "/activities/" + id;
            rows.insertActivity(id, uri, hub, """
                    {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Create", "actor": "%s",
                     "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["%s/followers"],
                     "object": {"id": "%s/object", "type": "Note", "attributedTo": "%s", "content": "<p>Post %d</p>"}}"""
                    .formatted(uri, actor, actor, uri, actor, i));
            activities.add(uri);
        }
        return activities;
    }

    /** The (activity, inbox path) keys of jobs left in flight, as the sink keys what it receives. */
    private static Set<String> inFlight(FederationRows rows) {
        Set<String> keys = new HashSet<>();
        try (Connection connection = rows.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     select a.uri, j.inbox_uri from delivery_jobs j join activities a on a.id = j.activity_id
                     where j.state = 'in_flight'""");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                keys.add(row.getString(1) + " " + URI.create(row.getString(2)).getRawPath());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static long delivered(ServerProcess process) {
        Matcher counter = Pattern.compile("patchwork_delivery_attempts_total\\{outcome=\"delivered\"[^}]*} ([0-9.E]+)")
                .matcher(process.getAsOrganiser("/prometheus"));
        return counter.find() ? Math.round(Double.parseDouble(counter.group(1))) : 0;
    }
}
