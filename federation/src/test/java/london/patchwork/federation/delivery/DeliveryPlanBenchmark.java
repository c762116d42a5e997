package london.patchwork.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import london.patchwork.federation.fetch.testing.TestJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning cost of a hub's fan-out (issue 4's figure: one post to 10,000 followers on 1,000
 * servers), with actor lookups answered from memory as the server's actor cache would, and the
 * one-off serialisation of the delivery body. Not a unit test: run with JMH (docs/federation/fetching.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeliveryPlanBenchmark {

    private static final URI FOLLOWERS = URI.create("https://hackney.hub.example/actors/hackney/followers");

    private DeliveryPlanner planner;
    private Audience audience;
    private JsonNode activity;

    @Setup
    public void setUp() {
        Map<URI, InboxEndpoints> directory = new HashMap<>();
        List<URI> followers = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int server = i % 1_000;
            URI actor = URI.create("https://server" + server + ".example/users/u" + i);
            followers.add(actor);
            // One server in ten has no shared inbox (as GoToSocial): its followers get personal deliveries.
            URI shared = server % 10 == 0 ? null : URI.create("https://server" + server + ".example/inbox");
            directory.put(actor, new InboxEndpoints(URI.create(actor + "/inbox"), shared));
        }
        planner = new DeliveryPlanner(uri -> "hackney.hub.example".equals(uri.getHost()),
                actor -> Optional.ofNullable(directory.get(actor)),
                addressee -> addressee.equals(FOLLOWERS) ? Optional.of(followers) : Optional.empty());
        audience = new Audience(List.of(PublicAddress.IRI), List.of(FOLLOWERS), List.of(), List.of(), List.of());
        activity = TestJson.fixture("delivery/create-note-followers-only.json");
    }

    /** One plan for 10,000 followers: 900 shared inboxes plus 1,000 personal ones. */
    @Benchmark
    public DeliveryPlan plan10kFollowersOn1kServers() {
        return planner.plan(audience);
    }

    /** The delivery body, bto/bcc stripped, serialised once per activity. */
    @Benchmark
    public byte[] serializeBody() {
        return ActivityBody.serialize(activity);
    }
}
