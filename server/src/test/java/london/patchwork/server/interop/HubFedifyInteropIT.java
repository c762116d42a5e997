package london.patchwork.server.interop;

import london.patchwork.server.interop.PeerJournal.Activity;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resident's server built on Fedify follows the pan-London Hub and, without following any local hub, sees what the
 * local hubs publish: the Hub shares a Hackney member's post and event with an {@code Announce} of each by its id on
 * Hackney (never a copy under the Hub's name), once each, and Fedify verifies every delivery's signature.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubFedifyInteropIT {

    private static final Duration FEDERATION = Duration.ofSeconds(60);

    private RunningHub hackney;
    private RunningHub london;

    @BeforeAll
    void start() {
        NodeTools.require();
        hackney = RunningHub.start(TestHubs.HACKNEY);
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.shares", "true"));
        HttpResponse<String> added = london.http().send(HttpRequest.newBuilder(london.http().uri("/api/patchwork/hubs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + hackney.actorUrl() + "\"}"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(HttpProbe.json(added).path("actor").asText()).isEqualTo(hackney.actorUrl());
    }

    @AfterAll
    void stop() {
        if (london != null) {
            london.close();
        }
        if (hackney != null) {
            hackney.close();
        }
    }

    @Test
    void aFedifyFollowerOfTheHubReceivesAnnouncesOfTheLocalHubsPostsAndEvents() {
        URI hub = URI.create(london.actorUrl());
        try (FedifyPeer peer = FedifyPeer.start("resident", HttpSignatureScheme.RFC_9421)) {
            peer.follow(hub);
            await("the Hub's Accept at the peer (log: " + peer.log() + ")").atMost(FEDERATION)
                    .until(() -> peer.journal().activities("Accept").stream()
                            .anyMatch(activity -> hub.equals(activity.actor())));

            TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
            String post = ada.jsonOk("POST", "/api/v1/statuses",
                    "{\"status\":\"Tenants' meeting moved to the library\",\"visibility\":\"public\"}")
                    .get("uri").asText();
            String event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Estate clean-up\", "
                    + "\"start\": \"2031-05-10T10:00\", \"end\": \"2031-05-10T13:00\"}").get("uri").asText();

            List<Activity> announces = await("the Hub's Announces of " + post + " and " + event + " (log: "
                    + peer.log() + ")").atMost(FEDERATION).until(() -> announcesBy(peer, hub),
                    found -> found.stream().anyMatch(a -> URI.create(post).equals(a.object()))
                            && found.stream().anyMatch(a -> URI.create(event).equals(a.object())));
            assertThat(announces).as("each shared once, by its id on Hackney")
                    .filteredOn(a -> URI.create(post).equals(a.object())).hasSize(1);
            assertThat(announces).filteredOn(a -> URI.create(event).equals(a.object())).hasSize(1);
            assertThat(peer.journal().activities("Create")).as("the Hub re-creates nothing under its name")
                    .noneMatch(create -> hub.equals(create.actor()));
            assertThat(peer.journal().inboxRequests()).as("every delivery from the Hub verified by Fedify")
                    .isNotEmpty().allSatisfy(request -> assertThat(request.status()).isEqualTo(202));
        }
    }

    private static List<Activity> announcesBy(FedifyPeer peer, URI actor) {
        return peer.journal().activities("Announce").stream().filter(a -> actor.equals(a.actor())).toList();
    }
}
