package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import london.patchwork.federation.fetch.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/**
 * Reads the real actors and activities in {@code shared/fixtures/peers} in place: every actor
 * yields its inboxes as its software publishes them, and every activity's addressing reads.
 */
class PeerDeliveryConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTOR_TYPES = Set.of("Person", "Group", "Service", "Application", "Organization");

    private static Map<Path, JsonNode> peerDocuments() throws IOException {
        Path peers = SharedFixtures.require().resolve("peers");
        Map<Path, JsonNode> documents = new HashMap<>();
        try (Stream<Path> files = Files.walk(peers, 2)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                documents.put(peers.relativize(file), JSON.readTree(file.toFile()));
            }
        }
        return documents;
    }

    private static boolean isActor(JsonNode document) {
        JsonNode type = document.get("type");
        return type != null && type.isTextual() && ACTOR_TYPES.contains(type.textValue()) && document.has("inbox");
    }

    @Test
    void everyPeerActorYieldsItsInboxesAndSharedInboxesWhereItsSoftwarePublishesThem() throws Exception {
        Map<Path, JsonNode> documents = peerDocuments();
        int actors = 0;
        for (Map.Entry<Path, JsonNode> entry : documents.entrySet()) {
            if (!isActor(entry.getValue())) {
                continue;
            }
            actors++;
            String file = entry.getKey().toString();
            Optional<InboxEndpoints> endpoints = InboxEndpoints.fromActor(entry.getValue());
            if (entry.getValue().get("inbox").asText().contains("{{")) {
                assertThat(endpoints).as(file + " is a template, not a URL").isEmpty();
                continue;
            }
            assertThat(endpoints).as(file).isPresent();
            boolean publishesShared = entry.getValue().path("endpoints").has("sharedInbox")
                    || entry.getValue().has("sharedInbox");
            assertThat(endpoints.get().sharedInboxUrl().isPresent()).as(file).isEqualTo(publishesShared);
        }
        assertThat(actors).isGreaterThanOrEqualTo(10);
        System.out.println("PeerDeliveryConformanceTest: read inboxes of " + actors + " peer actors");
    }

    @Test
    void goToSocialAndGancioActorsGetTheirPersonalInboxMastodonItsSharedOne() throws Exception {
        Map<Path, JsonNode> documents = peerDocuments();

        InboxEndpoints gts = InboxEndpoints.fromActor(documents.get(Path.of("gotosocial/actor-person.json"))).orElseThrow();
        InboxEndpoints gancio = InboxEndpoints.fromActor(documents.get(Path.of("gancio/actor-application.json"))).orElseThrow();
        InboxEndpoints mastodon = InboxEndpoints.fromActor(documents.get(Path.of("mastodon/actor-person.json"))).orElseThrow();

        assertThat(gts.preferred()).isEqualTo(URI.create("http://example.org/users/1happyturtle/inbox"));
        assertThat(gancio.preferred()).isEqualTo(URI.create("https://demo.gancio.org/federation/u/gancio/inbox"));
        assertThat(mastodon.preferred()).isEqualTo(URI.create("https://masto.qa.urbanwildlife.biz/inbox"));
    }

    @Test
    void planningAcrossAllPeerActorsGivesOneDeliveryPerDistinctPreferredInbox() throws Exception {
        Map<URI, InboxEndpoints> directory = new HashMap<>();
        for (JsonNode document : peerDocuments().values()) {
            if (isActor(document)) {
                InboxEndpoints.fromActor(document).ifPresent(e -> directory.put(URI.create(document.get("id").asText()), e));
            }
        }
        DeliveryPlanner planner = new DeliveryPlanner(uri -> false, actor -> Optional.ofNullable(directory.get(actor)),
                CollectionExpander.NONE);

        DeliveryPlan plan = planner.plan(new Audience(List.copyOf(directory.keySet()), List.of(), List.of(), List.of(),
                List.of()));

        long distinct = directory.values().stream().map(InboxEndpoints::preferred).distinct().count();
        assertThat(plan.deliveries()).hasSize((int) distinct);
        assertThat(plan.recipientCount()).isEqualTo(directory.size());
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void everyPeerActivitysAddressingReads() throws Exception {
        int activities = 0;
        int publicOnes = 0;
        for (JsonNode document : peerDocuments().values()) {
            if (document.has("actor") && (document.has("to") || document.has("cc"))) {
                Audience audience = Audience.of(document);
                assertThat(audience.all()).isNotEmpty();
                activities++;
                publicOnes += audience.isPublic() ? 1 : 0;
            }
        }
        assertThat(activities).isGreaterThanOrEqualTo(20);
        assertThat(publicOnes).isPositive();
        System.out.println("PeerDeliveryConformanceTest: read addressing of " + activities + " peer activities, "
                + publicOnes + " public");
    }
}
