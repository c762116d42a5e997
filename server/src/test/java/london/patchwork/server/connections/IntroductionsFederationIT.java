package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.inbox.InboxActivity;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real hubs over HTTP. A Hackney weaver introduces a Hackney asset to a Lambeth member: the member is sent an
 * {@code Offer} of the Relationship, sees it on Lambeth and accepts; Lambeth answers {@code Accept}, and once the
 * asset's side has accepted too the tie is recorded at Hackney. An Accept from anyone else is ignored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntroductionsFederationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RunningHub hackney;
    private RunningHub lambeth;
    private RemoteServer elsewhere;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        elsewhere = new RemoteServer();
    }

    @AfterAll
    void stop() {
        elsewhere.close();
        lambeth.close();
        hackney.close();
    }

    @Test
    void aLambethMemberAcceptsAnOfferFromHackneyAndTheTieIsRecordedThere() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(hackney.baseUrl());
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn bea = TestMembers.GRACE.join(lambeth.baseUrl());
        String bank = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "organisation", "category": "associations", "name": "Hackney Food Bank"}""")
                .get("id").asText();
        String beaActor = lambeth.baseUrl() + "/actors/grace";

        JsonNode proposed = olu.jsonOk("POST", "/api/patchwork/introductions", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"account": "%s"},
                 "message": "Bea & Sam run the Brixton larder"}""".formatted(bank, beaActor));
        String id = proposed.get("id").asText();
        String offer = hackney.bean(IntroductionRepository.class).findById(Long.parseLong(id))
                .orElseThrow().objectOfferUri();
        assertThat(offer).startsWith(hackney.baseUrl());

        await().atMost(PATIENCE).until(() -> bea.jsonOk("GET", "/api/patchwork/introductions/awaiting", null)
                .size() == 1);
        JsonNode atLambeth = bea.jsonOk("GET", "/api/patchwork/introductions/awaiting", null).get(0);
        assertThat(atLambeth.get("direction").asText()).isEqualTo("offered");
        assertThat(atLambeth.get("type").asText()).isEqualTo("partners-with");
        assertThat(atLambeth.get("object").get("id").asText()).isEqualTo(beaActor);
        assertThat(atLambeth.get("subject").get("id").asText()).isEqualTo(hackney.baseUrl() + "/assets/" + bank);
        assertThat(atLambeth.get("message").asText()).isEqualTo("Bea & Sam run the Brixton larder");
        assertThat(atLambeth.get("awaiting_you").get(0).asText()).isEqualTo("object");

        URI mallory = elsewhere.addActor("mallory");
        ObjectNode forged = Activities.activity("Accept", elsewhere.uri("/activities/forged-accept"), mallory,
                com.fasterxml.jackson.databind.node.TextNode.valueOf(offer));
        assertThat(elsewhere.deliver(mallory, hackney.baseUrl() + "/inbox", forged).statusCode()).isEqualTo(202);
        InboxActivity processed = awaitProcessed(forged.get("id").asText());
        assertThat(processed.state()).isEqualTo("ignored");
        assertThat(status(olu, id)).isEqualTo("pending");

        ada.jsonOk("POST", "/api/patchwork/introductions/" + id + "/accept", null);
        assertThat(status(olu, id)).as("the Lambeth end has not answered yet").isEqualTo("pending");
        String lambethId = atLambeth.get("id").asText();
        assertThat(bea.jsonOk("POST", "/api/patchwork/introductions/" + lambethId + "/accept", null)
                .get("status").asText()).isEqualTo("accepted");

        await().atMost(PATIENCE).until(() -> status(olu, id).equals("accepted"));
        JsonNode done = olu.jsonOk("GET", "/api/patchwork/introductions/" + id, null);
        assertThat(done.get("object").get("answer").asText()).isEqualTo("accepted");
        assertThat(done.get("connection").isNull()).isFalse();
        assertThat(hackney.bean(ConnectionService.class).ofAsset(Long.parseLong(bank))).singleElement()
                .satisfies(tie -> {
                    assertThat(tie.type()).isEqualTo("partners-with");
                    assertThat(tie.objectActorId()).isNotNull();
                });
    }

    private static String status(TestMembers.SignedIn weaver, String id) {
        return weaver.jsonOk("GET", "/api/patchwork/introductions/" + id, null).get("status").asText();
    }

    private InboxActivity awaitProcessed(String activityId) {
        InboxActivityRepository inbox = hackney.bean(InboxActivityRepository.class);
        await().atMost(PATIENCE).until(() -> inbox.findByActivityUri(activityId)
                .map(row -> !row.state().equals("pending")).orElse(false));
        Optional<InboxActivity> row = inbox.findByActivityUri(activityId);
        return row.orElseThrow();
    }
}
