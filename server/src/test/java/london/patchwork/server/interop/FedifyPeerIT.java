package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.federation.fetch.PostResult;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.server.testing.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Fedify peer on its own, before any hub is involved: it serves what Fedify serves, it verifies the
 * federation library's draft-cavage and RFC 9421 signatures and answers 401 to a wrong key, and its
 * {@code --signatures} switch decides how it signs (the interop test relies on all three).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FedifyPeerIT {

    private static final String AP = "application/activity+json";

    private FedifyPeer peer;
    private StandaloneActor sender;

    @BeforeAll
    void start() {
        peer = FedifyPeer.start("peer", HttpSignatureScheme.RFC_9421);
        sender = new StandaloneActor();
    }

    @AfterAll
    void stop() {
        if (peer != null) {
            peer.close();
        }
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void servesAPersonWithAnRsaKeyAndAnEd25519Multikey() {
        HttpResponse<String> response = new HttpProbe(peer.origin().toString()).get(peer.actor().toString(), AP);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode actor = HttpProbe.json(response);
        assertThat(actor.get("id").asText()).isEqualTo(peer.actor().toString());
        assertThat(actor.get("type").asText()).isEqualTo("Person");
        assertThat(actor.get("preferredUsername").asText()).isEqualTo("peer");
        assertThat(actor.get("inbox").asText()).isEqualTo(peer.inbox().toString());
        assertThat(actor.at("/endpoints/sharedInbox").asText()).isEqualTo(peer.sharedInbox().toString());
        assertThat(actor.get("followers").asText()).isEqualTo(peer.actor() + "/followers");
        assertThat(actor.at("/publicKey/id").asText()).isEqualTo(peer.actor() + "#main-key");
        assertThat(actor.at("/publicKey/owner").asText()).isEqualTo(peer.actor().toString());
        assertThat(PemKeys.parsePublicKey(actor.at("/publicKey/publicKeyPem").asText()))
                .isInstanceOf(RSAPublicKey.class);
        // FEP-521a: Ed25519 public keys in multibase start with z6Mk.
        assertThat(actor.get("assertionMethod").findValuesAsText("publicKeyMultibase"))
                .anySatisfy(key -> assertThat(key).startsWith("z6Mk"));
    }

    @Test
    void answersWebFingerForItsActorUrl() {
        String resource = URLEncoder.encode(peer.actor().toString(), StandardCharsets.UTF_8);
        HttpResponse<String> response = new HttpProbe(peer.origin().toString())
                .get("/.well-known/webfinger?resource=" + resource, "application/jrd+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(response).get("links").findValuesAsText("href"))
                .contains(peer.actor().toString());
    }

    @ParameterizedTest
    @EnumSource(value = HttpSignatureScheme.class, names = {"RFC_9421", "DRAFT_CAVAGE"})
    void verifiesTheFederationLibrarysSignatures(HttpSignatureScheme scheme) {
        Delivered delivered = followSignedWith(scheme, sender.keys().getPrivate());

        assertThat(delivered.result().status()).as(delivered.result().bodyExcerpt()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(peer.journal().activities("Follow"))
                .anySatisfy(activity -> {
                    assertThat(activity.id()).isEqualTo(delivered.follow());
                    assertThat(activity.actor()).isEqualTo(sender.actor());
                    assertThat(activity.object()).isEqualTo(peer.actor());
                }));
        assertThat(peer.journal().inboxRequests()).last().satisfies(request -> {
            assertThat(request.scheme()).isEqualTo(scheme);
            assertThat(request.keyId()).isEqualTo(sender.keyId());
            assertThat(request.status()).isEqualTo(202);
        });
    }

    @ParameterizedTest
    @EnumSource(value = HttpSignatureScheme.class, names = {"RFC_9421", "DRAFT_CAVAGE"})
    void answers401ToASignatureMadeWithAnotherKey(HttpSignatureScheme scheme) {
        Delivered delivered = followSignedWith(scheme, KeyPairs.rsa2048().getPrivate());

        assertThat(delivered.result().status()).as(delivered.result().bodyExcerpt()).isEqualTo(401);
        PeerJournal journal = peer.journal();
        assertThat(journal.activities())
                .noneSatisfy(activity -> assertThat(activity.id()).isEqualTo(delivered.follow()));
        assertThat(journal.inboxRequests()).last().satisfies(request -> {
            assertThat(request.scheme()).isEqualTo(scheme);
            assertThat(request.status()).isEqualTo(401);
        });
    }

    @Test
    void theSignaturesSwitchDecidesHowThePeerSigns() {
        try (FedifyPeer cavage = FedifyPeer.start("cavage", HttpSignatureScheme.DRAFT_CAVAGE)) {
            cavage.follow(peer.actor());
            peer.follow(cavage.actor());

            assertThat(cavage.journal().deliveriesTo(peer.inbox())).singleElement().satisfies(post -> {
                assertThat(post.scheme()).isEqualTo(HttpSignatureScheme.DRAFT_CAVAGE);
                assertThat(post.status()).isEqualTo(202);
            });
            assertThat(peer.journal().deliveriesTo(cavage.inbox())).singleElement().satisfies(post -> {
                assertThat(post.scheme()).isEqualTo(HttpSignatureScheme.RFC_9421);
                assertThat(post.status()).isEqualTo(202);
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cavage.journal().activities("Follow"))
                    .singleElement().satisfies(activity -> assertThat(activity.actor()).isEqualTo(peer.actor())));
        }
    }

    private record Delivered(URI follow, PostResult result) {
    }

    /** A Follow of the peer from the standalone actor, signed under its key id with {@code key}. */
    private Delivered followSignedWith(HttpSignatureScheme scheme, PrivateKey key) {
        URI follow = URI.create(sender.actor() + "/follows/" + UUID.randomUUID());
        String activity = """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Follow",
                 "actor": "%s", "object": "%s"}""".formatted(follow, sender.actor(), peer.actor());
        return new Delivered(follow, SignedPosts.post(peer.inbox(), activity,
                SignedPosts.signer(scheme, sender.keyId(), key)));
    }
}
