package london.patchwork.server.delivery;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.FreePorts;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code patchwork.delivery.enabled=false} a process runs no workers: published activities wait for one that does. */
class DeliveryDisabledIT {

    @Test
    void aProcessWithDeliveryOffLeavesTheQueueToOthers() throws InterruptedException {
        String database = TestPostgres.newDatabase("delivery_off");
        int port = FreePorts.next();
        Map<String, Object> properties = new HashMap<>(TestHubs.LAMBETH.properties(database, port));
        properties.put("patchwork.delivery.enabled", "false");
        properties.put("patchwork.delivery.poll-interval", "100ms");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(server.getApplicationContext().containsBean(DeliveryWorkers.class)).isFalse();
            FederationRows rows = new FederationRows(database);
            long id = rows.nextActivityId();
            String actor = "http://localhost:" + port + "/actors/lambeth";
            rows.insertActivity(id, "http://localhost:" + port + "/activities/" + id, rows.localActorId("lambeth"),
                    "{\"id\": \"x\", \"type\": \"Create\", \"actor\": \"" + actor + "\", \"cc\": [\"" + actor + "/followers\"]}");
            Thread.sleep(1_000); // ten poll intervals of a process that would have worked
            assertThat(rows.queryLong("select count(*) from activities where id = ? and fanout_state = 'pending'", id))
                    .isEqualTo(1);
        }
    }
}
