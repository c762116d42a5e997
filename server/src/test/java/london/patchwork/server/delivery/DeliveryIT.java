package london.patchwork.server.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import london.patchwork.federation.signatures.HeaderMap;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.SignatureVerifier;
import london.patchwork.federation.signatures.VerificationKey;
import london.patchwork.federation.signatures.VerificationResult;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.Addressing;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.Outbox;
import london.patchwork.server.testing.FederationRows;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestInbox;
import london.patchwork.server.testing.TestInbox.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A post published through {@link Outbox#publish} reaches its recipients' inboxes on real HTTP servers, signed by
 * the hub's key, with one POST per shared inbox. Workers poll only every 30 s here, so a delivery within a few
 * seconds shows the commit itself woke them.
 */
@MicronautTest(transactional = false)
class DeliveryIT extends HubTest {

    private static final Duration SOON = Duration.ofSeconds(8);

    @Inject
    Outbox outbox;
    @Inject
    LocalActors localActors;
    @Inject
    Uris uris;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TestInbox mastodon = TestInbox.start();
    private final TestInbox gotosocial = TestInbox.start();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.delivery.poll-interval", "30s");
        return properties;
    }

    @AfterAll
    void stopSinks() {
        mastodon.close();
        gotosocial.close();
    }

    @Test
    void postReachesFollowersSignedOncePerSharedInboxAndPersonalInboxesOtherwise() {
        FederationRows rows = rows();
        long hub = rows.localActorId("hackney");
        rows.addFollower(hub, mastodon.url("/users/ada"), mastodon.url("/users/ada/inbox"), mastodon.url("/inbox"));
        rows.addFollower(hub, mastodon.url("/users/bea"), mastodon.url("/users/bea/inbox"), mastodon.url("/inbox"));
        rows.addFollower(hub, gotosocial.url("/users/cal"), gotosocial.url("/users/cal/inbox"), null);
        rows.addFollower(hub, gotosocial.url("/users/dee"), gotosocial.url("/users/dee/inbox"), null);

        Instant committed = Instant.now();
        LocalActivity activity = publish(List.of(Addressing.PUBLIC), List.of(uris.followers("hackney"),
                uris.actor("hackney")), List.of());

        await().atMost(SOON).until(() -> of(mastodon, activity).size() == 1 && of(gotosocial, activity).size() == 2);
        Received shared = of(mastodon, activity).getFirst();
        assertThat(shared.path()).isEqualTo("/inbox");
        assertThat(of(gotosocial, activity)).extracting(Received::path)
                .containsExactlyInAnyOrder("/users/cal/inbox", "/users/dee/inbox");
        assertThat(shared.header("Content-Type")).isEqualTo("application/activity+json");
        assertThat(shared.header("User-Agent")).startsWith("Patchwork/");
        assertThat(shared.header("Signature")).contains("algorithm=\"rsa-sha256\"")
                .contains("headers=\"(request-target) host date digest content-type\"");
        assertThat(shared.json().at("/object/content").asText()).isEqualTo("<p>Hello, followers</p>");
        assertVerifiedAgainstHubKey(shared);
        of(gotosocial, activity).forEach(this::assertVerifiedAgainstHubKey);
        System.out.printf("event=delivery_latency millis=%d%n",
                Duration.between(committed, shared.at()).toMillis());

        await().atMost(SOON).until(() -> rows.queryLong("select count(*) from delivery_jobs where activity_id = ? "
                + "and state = 'delivered'", activity.id()) == 3);
        assertThat(rows.queryLong("select count(*) from activities where id = ? and fanout_state = 'done'",
                activity.id())).isEqualTo(1);
        assertThat(rows.job(mastodon.url("/inbox"))).containsEntry("attempts", 1).containsEntry("last_status", 202);
    }

    @Test
    void blindRecipientsGetTheirCopyButNobodySeesThem() {
        String secret = gotosocial.url("/users/secret");
        rows().addActor(secret, gotosocial.url("/users/secret/inbox"), null);

        LocalActivity activity = publish(List.of(), List.of(), List.of(URI.create(secret)));

        await().atMost(SOON).until(() -> !gotosocial.receivedAt("/users/secret/inbox").isEmpty());
        JsonNode body = gotosocial.receivedAt("/users/secret/inbox").getFirst().json();
        assertThat(body.get("id").asText()).isEqualTo(activity.uri());
        assertThat(body.has("bcc")).isFalse();
        assertThat(body.get("object").has("bcc")).isFalse();
        assertThat(activity.raw()).contains(secret);
    }

    @Test
    void anActorNeverSeenBeforeIsFetchedForItsInbox() {
        String eve = mastodon.url("/users/eve");
        String key = PemKeys.encode(KeyPairs.rsa2048().getPublic()).replace("\n", "\\n");
        mastodon.document("/users/eve", """
                {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
                 "id": "%s", "type": "Person", "preferredUsername": "eve", "inbox": "%s/inbox",
                 "endpoints": {"sharedInbox": "%s"},
                 "publicKey": {"id": "%s#main-key", "owner": "%s", "publicKeyPem": "%s"}}"""
                .formatted(eve, eve, mastodon.url("/shared-inbox"), eve, eve, key));

        LocalActivity activity = publish(List.of(URI.create(eve)), List.of(), List.of());

        await().atMost(SOON).until(() -> !mastodon.receivedAt("/shared-inbox").isEmpty());
        assertThat(mastodon.receivedAt("/shared-inbox").getFirst().activityId()).isEqualTo(activity.uri());
        assertThat(rows().queryLong("select count(*) from actors where uri = ? and shared_inbox_uri = ?", eve,
                mastodon.url("/shared-inbox"))).isEqualTo(1);
    }

    private LocalActivity publish(List<URI> to, List<URI> cc, List<URI> bcc) {
        Actor hub = localActors.find("hackney").orElseThrow();
        URI activityUri = outbox.newActivityUri();
        URI actor = uris.actor("hackney");
        ObjectFields addressing = ObjectFields.builder().to(to.toArray(URI[]::new)).cc(cc.toArray(URI[]::new))
                .bcc(bcc.stream().<Ref<ApObject>>map(Ref::to).toList())
                .published(Instant.now()).build();
        Note note = new Note(URI.create(activityUri + "/object"), ObjectFields.builder().content("<p>Hello, followers</p>")
                .attributedTo(actor).to(to.toArray(URI[]::new)).cc(cc.toArray(URI[]::new)).build(), Extras.EMPTY);
        Create create = new Create(activityUri, addressing, ActivityFields.of(actor, note), Extras.EMPTY);
        return transactions.executeWrite(status -> outbox.publish(hub, create, null, bcc.isEmpty()));
    }

    private void assertVerifiedAgainstHubKey(Received request) {
        JsonNode hub = HttpProbe.json(http().get("/actors/hackney", "application/activity+json"));
        HeaderMap headers = HeaderMap.of(request.headers());
        VerificationResult result = new SignatureVerifier().verify(
                new IncomingRequest("POST", request.target(), headers, request.body(), "http"),
                VerificationKey.of(
                        PemKeys.parsePublicKey(hub.at("/publicKey/publicKeyPem").asText())),
                Instant.now());
        assertThat(result.isVerified()).as("signature of %s: %s", request.path(), result).isTrue();
        assertThat(((VerificationResult.Verified) result).keyId()).isEqualTo(baseUrl() + "/actors/hackney#main-key");
    }

    private static List<Received> of(TestInbox sink, LocalActivity activity) {
        return sink.received().stream().filter(r -> r.activityId().equals(activity.uri())).toList();
    }

    private FederationRows rows() {
        return new FederationRows(getProperties().get("datasources.default.url"));
    }
}
