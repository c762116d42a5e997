package london.patchwork.server.delivery;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With {@code patchwork.delivery.enabled=false} a process runs no workers: published activities wait for one that does. */
class DeliveryDisabledIT {

    @Test
    void aProcessWithDeliveryOffLeavesTheQueueToOthers() {
        Hub off = Hub.start(false);
        Hub on = Hub.start(true);
        try (EmbeddedServer ignoredOff = off.server(); EmbeddedServer ignoredOn = on.server()) {
            assertThat(off.server().getApplicationContext().containsBean(DeliveryWorkers.class)).isFalse();
            assertThat(on.server().getApplicationContext().containsBean(DeliveryWorkers.class)).isTrue();
            long waiting = off.publish();
            long control = on.publish();
            // The positive control: the same activity, published at the same moment to a process with delivery on,
            // is planned. Only then is the other one's still being pending evidence of anything.
            await().atMost(Duration.ofSeconds(20)).until(() -> !on.isPending(control));
            assertThat(off.isPending(waiting)).isTrue();
        }
    }

    private record Hub(String database, int port, EmbeddedServer server, FederationRows rows) {

        static Hub start(boolean delivery) {
            String database = TestPostgres.newDatabase(delivery ? "delivery_on" : "delivery_off");
            int port = FreePorts.next();
            Map<String, Object> properties = new HashMap<>(TestHubs.LAMBETH.properties(database, port));
            properties.put("patchwork.delivery.enabled", Boolean.toString(delivery));
            properties.put("patchwork.delivery.poll-interval", "100ms");
            return new Hub(database, port, ApplicationContext.run(EmbeddedServer.class, properties),
                    new FederationRows(database));
        }

        /** Stores a Create addressed to the followers, as the outbox would, and returns its id. */
        long publish() {
            long id = rows.nextActivityId();
            String actor = "http://localhost:" + port + "/actors/lambeth";
            rows.insertActivity(id, "http://localhost:" + port + "/activities/" + id, rows.localActorId("lambeth"),
                    "{\"id\": \"x\", \"type\": \"Create\", \"actor\": \"" + actor + "\", \"cc\": [\"" + actor
                            + "/followers\"]}");
            return id;
        }

        boolean isPending(long activityId) {
            return rows.queryLong("select count(*) from activities where id = ? and fanout_state = 'pending'",
                    activityId) == 1;
        }
    }
}
