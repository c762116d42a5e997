package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import london.patchwork.federation.signatures.Digests;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three residents on the residents' instance against a real hub: they follow its Group and are accepted, its posts
 * reach each of them once through the shared inbox, and their replies, likes and RSVPs land on the hub as a
 * Mastodon user's would. A forged POST is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentsInstanceIT {

    private static final Duration FEDERATION = Duration.ofSeconds(30);

    /** What the observer saw arrive. */
    record Arrival(URI signer, String inboxPath, String activityId, String type, String objectId,
                   List<Integer> residents) {
    }

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private RunningHub hub;
    private ResidentsInstance residents;
    private URI group;

    @BeforeAll
    void start() {
        hub = RunningHub.start(TestHubs.HACKNEY);
        group = URI.create(hub.actorUrl());
        residents = new ResidentsInstance(IntStream.range(0, 3).mapToObj(i -> new Plan.PlannedResident(i,
                "r%04d".formatted(i), "Resident " + i, List.of(0), false)).toList(), new ResidentsObserver() {
                    @Override
                    public void arrived(Instant at, URI signer, String inboxPath, String activityId, String type,
                                        String objectId, List<Integer> reached) {
                        arrivals.add(new Arrival(signer, inboxPath, activityId, type, objectId, reached));
                    }

                    @Override
                    public void sent(Instant at, String activityId, URI inbox, int status, int attempt) {
                        statuses.add(status);
                    }
                });
        for (int i = 0; i < 3; i++) {
            residents.follow(i, group);
        }
        await("the hub accepts the three follows").atMost(FEDERATION)
                .until(() -> IntStream.range(0, 3).allMatch(i -> residents.following(i, group)));
    }

    @AfterAll
    void stop() {
        if (residents != null) {
            residents.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void theHubsAcceptsAreRecordedAndTheResidentsLookLikeMastodonAccounts() {
        assertThat(residents.acceptedFollows()).isEqualTo(3);
        assertThat(arrivals).filteredOn(a -> a.type().equals("Accept") && a.signer().equals(group))
                .extracting(Arrival::residents).containsExactlyInAnyOrder(List.of(0), List.of(1), List.of(2));
        HttpProbe instance = new HttpProbe(residents.baseUrl());
        JsonNode actor = HttpProbe.json(instance.get("/users/r0001", "application/activity+json"));
        assertThat(actor.get("id").asText()).isEqualTo(residents.actorId(1).toString());
        assertThat(actor.at("/endpoints/sharedInbox").asText()).isEqualTo(residents.baseUrl() + "/inbox");
        assertThat(actor.at("/publicKey/publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(HttpProbe.json(instance.get("/users/r0001/following", "application/activity+json"))
                .at("/orderedItems/0").asText()).isEqualTo(group.toString());
        String host = URI.create(residents.baseUrl()).getAuthority();
        assertThat(HttpProbe.json(instance.get("/.well-known/webfinger?resource=acct:r0002@" + host,
                "application/jrd+json")).at("/links/0/href").asText()).isEqualTo(residents.actorId(2).toString());
        JsonNode discovery = HttpProbe.json(instance.get("/.well-known/nodeinfo", "application/json"));
        String nodeInfo = URI.create(discovery.at("/links/0/href").asText()).getPath();
        assertThat(HttpProbe.json(instance.get(nodeInfo, "application/json")).at("/software/name").asText())
                .isEqualTo("livinglab-residents");
        // The hub shows the resident as a remote account it has fetched and verified.
        JsonNode account = HttpProbe.json(hub.api().send("GET", "/api/v1/accounts/lookup?acct="
                + residents.actorId(0), Map.of()));
        assertThat(account.get("display_name").asText()).isEqualTo("Resident 0");
    }

    @Test
    void aPublicPostOfTheHubReachesEachFollowingResidentOnce() {
        String uri = hub.api().publish("Seed swap at the library on Saturday", "public").get("uri").asText();
        await("the post reaches all three residents").atMost(FEDERATION)
                .until(() -> reached(uri).containsAll(List.of(0, 1, 2)));
        assertThat(reached(uri)).as("each resident once").containsExactlyInAnyOrder(0, 1, 2);
        assertThat(arrivals).filteredOn(a -> uri.equals(a.objectId()) && a.type().equals("Create"))
                .as("one POST to the shared inbox, fanned out to the Group's followers here")
                .singleElement().satisfies(a -> {
                    assertThat(a.signer()).isEqualTo(group);
                    assertThat(a.inboxPath()).isEqualTo("/inbox");
                });
    }

    @Test
    void aResidentsReplyShowsInTheHubsThread() {
        JsonNode post = hub.api().publish("Who can lend a ladder?", "public");
        URI note = residents.reply(0, URI.create(post.get("uri").asText()), group, "I have one <3");
        assertThat(note.toString()).startsWith(residents.actorId(0) + "/statuses/");
        await("the reply in the post's context").atMost(FEDERATION).until(() -> HttpProbe.json(hub.api().send("GET",
                "/api/v1/statuses/" + post.get("id").asText() + "/context", Map.of())).path("descendants")
                .findValuesAsText("uri").contains(note.toString()));
        JsonNode served = HttpProbe.json(new HttpProbe(residents.baseUrl()).get(note.getPath(),
                "application/activity+json"));
        assertThat(served.get("content").asText()).isEqualTo("<p>I have one &lt;3</p>");
        assertThat(served.get("inReplyTo").asText()).isEqualTo(post.get("uri").asText());
    }

    @Test
    void aResidentsLikeCountsAsAFavourite() {
        JsonNode post = hub.api().publish("Community fridge restocked", "public");
        residents.like(1, URI.create(post.get("uri").asText()), group);
        await("favourites_count 1").atMost(FEDERATION).until(() -> HttpProbe.json(hub.api().send("GET",
                "/api/v1/statuses/" + post.get("id").asText(), Map.of())).path("favourites_count").asInt() == 1);
    }

    @Test
    void anRsvpToAMembersEventIsAccepted() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
        JsonNode event = ada.jsonOk("POST", "/api/patchwork/events", "{\"title\": \"Estate clean-up\", "
                + "\"start\": \"2031-05-10T10:00\", \"end\": \"2031-05-10T13:00\"}");
        URI join = residents.rsvp(2, URI.create(event.get("uri").asText()),
                URI.create(hub.baseUrl() + "/actors/" + TestMembers.ADA.handle()));
        await("the hub's answer to the Join").atMost(FEDERATION).until(() -> residents.rsvpAnswer(join).isPresent());
        assertThat(residents.rsvpAnswer(join)).contains("Accept");
        assertThat(arrivals).filteredOn(a -> join.toString().equals(a.objectId()))
                .singleElement().satisfies(a -> assertThat(a.residents()).containsExactly(2));
    }

    @Test
    void aForgedPostIsRefusedAndNotRecordedWhileRealOnesAre() throws Exception {
        String forgedId = hub.baseUrl() + "/forged/1";
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + forgedId
                + "\",\"type\":\"Create\",\"actor\":\"" + group + "\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
                + "\"object\":{\"id\":\"" + hub.baseUrl() + "/forged/note\",\"type\":\"Note\",\"content\":\"forged\"}}";
        String signature = "keyId=\"" + group + "#main-key\",algorithm=\"rsa-sha256\",headers=\"(request-target) "
                + "host date digest\",signature=\"" + "QUJD".repeat(86) + "\"";
        long refusedBefore = residents.stats().rejectedSignatures();

        assertThat(post(body, signature).statusCode()).isEqualTo(401);
        assertThat(post(body, null).statusCode()).as("unsigned").isEqualTo(401);
        assertThat(post("{not json", signature).statusCode()).as("junk").isEqualTo(400);
        assertThat(residents.stats().rejectedSignatures()).isEqualTo(refusedBefore + 2);

        // Positive control: a real delivery after the forged one is recorded.
        String uri = hub.api().publish("Real news from the hub", "public").get("uri").asText();
        await("the real post arrives").atMost(FEDERATION).until(() -> !reached(uri).isEmpty());
        assertThat(arrivals).noneMatch(a -> a.activityId().equals(forgedId));
        assertThat(residents.stats().received()).isGreaterThan(0);
        assertThat(statuses).contains(202);
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(residents.baseUrl() + "/inbox"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/activity+json")
                .header("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)))
                .header("Digest", Digests.digestHeader(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (signature != null) {
            request.header("Signature", signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Every resident the activities creating {@code objectId} reached, once per arrival. */
    private List<Integer> reached(String objectId) {
        return arrivals.stream().filter(a -> objectId.equals(a.objectId()) && a.type().equals("Create"))
                .flatMap(a -> a.residents().stream()).toList();
    }
}
