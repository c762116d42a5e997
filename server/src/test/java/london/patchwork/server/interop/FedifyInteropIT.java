package london.patchwork.server.interop;

import london.patchwork.federation.fetch.PostResult;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.interop.PeerJournal.Activity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Patchwork and an independent implementation: a real hub (local mode, 127.0.0.1) and a peer built on the Fedify
 * library. The peer follows the hub by its actor URL and is accepted, receives the hub's post, replies, and the
 * reply reaches the hub; then it unfollows. Run once with the peer signing RFC 9421 first and once with
 * draft-cavage, and the journal shows each delivery was taken at the first knock, so each scheme was verified
 * by the hub on its own. Fedify verifies the hub's signatures: what the hub sends arrives as verified
 * activities, the hub's key signs in either scheme, and a wrong key under the hub's key id gets 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FedifyInteropIT {

    private static final Duration FEDERATION = Duration.ofSeconds(30);

    private InteropHub hub;

    @BeforeAll
    void startHub() {
        NodeTools.require(); // skip (or fail under CI) before paying for a hub
        hub = new InteropHub();
    }

    @AfterAll
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = HttpSignatureScheme.class, names = {"RFC_9421", "DRAFT_CAVAGE"})
    void fedifyFollowsIsAcceptedReceivesAPostAndReplies(HttpSignatureScheme scheme) {
        try (FedifyPeer peer = FedifyPeer.start("fedify-" + scheme.wireName(), scheme)) {
            FedifyPeer.Followed followed = peer.follow(hub.actor());
            assertThat(followed.target()).isEqualTo(hub.actor());
            assertTakenAtFirstKnock(peer, followed.inbox(), scheme);

            Activity accept = awaitActivity(peer, "Accept", hub.actor());
            assertThat(accept.object()).as("the Accept carries the peer's Follow").isEqualTo(followed.follow());
            await("the peer among the hub's followers").atMost(FEDERATION)
                    .until(() -> hub.followers().contains(peer.actor()));

            InteropHub.Status post = hub.publish("Repair café on Saturday, " + scheme.wireName() + " edition");
            Activity create = await("the hub's Create of " + post.uri() + " at the peer (log: " + peer.log() + ")")
                    .atMost(FEDERATION).until(() -> peer.journal().activities("Create").stream()
                            .filter(activity -> post.uri().equals(activity.object())).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(create.actor()).isEqualTo(hub.actor());
            assertThat(create.objectType()).isEqualTo("Note");
            assertThat(create.content()).contains("Repair café on Saturday");

            FedifyPeer.Replied reply = peer.reply(post.uri(), "See you there!", hub.actor());
            assertTakenAtFirstKnock(peer, followed.inbox(), scheme);
            await("the reply stored by the hub").atMost(FEDERATION)
                    .until(() -> hub.repliesTo(post.uri()).contains(reply.note()));
            assertThat(hub.page(post.uri())).as("the post's page lists the reply")
                    .contains("See you there!")
                    .contains(peer.actor().toString());

            assertThat(peer.journal().inboxRequests()).as("every delivery from the hub verified by Fedify")
                    .isNotEmpty().allSatisfy(request -> {
                        assertThat(request.keyId()).isEqualTo(hub.keyId());
                        assertThat(request.status()).isEqualTo(202);
                    });

            peer.unfollow(hub.actor());
            await("the peer gone from the hub's followers").atMost(FEDERATION)
                    .until(() -> !hub.followers().contains(peer.actor()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = HttpSignatureScheme.class, names = {"RFC_9421", "DRAFT_CAVAGE"})
    void fedifyVerifiesTheHubsKeyAndRefusesAnyOther(HttpSignatureScheme scheme) {
        try (FedifyPeer peer = FedifyPeer.start("verifier-" + scheme.wireName(), HttpSignatureScheme.RFC_9421)) {
            URI good = URI.create(hub.actor() + "/interop/" + UUID.randomUUID());
            PostResult accepted = SignedPosts.post(peer.inbox(), followFromHub(good, peer), hub.signer(scheme));
            assertThat(accepted.status()).as(accepted.bodyExcerpt()).isEqualTo(202);
            assertThat(awaitActivity(peer, "Follow", hub.actor()).id()).isEqualTo(good);

            URI forged = URI.create(hub.actor() + "/interop/" + UUID.randomUUID());
            RequestSigner wrongKey = SignedPosts.signer(scheme, hub.keyId(), KeyPairs.rsa2048().getPrivate());
            PostResult refused = SignedPosts.post(peer.inbox(), followFromHub(forged, peer), wrongKey);
            assertThat(refused.status()).as(refused.bodyExcerpt()).isEqualTo(401);

            PeerJournal journal = peer.journal();
            assertThat(journal.activities()).noneSatisfy(activity -> assertThat(activity.id()).isEqualTo(forged));
            assertThat(journal.inboxRequests()).extracting(PeerJournal.InboxRequest::status).containsExactly(202, 401);
            assertThat(journal.inboxRequests()).allSatisfy(request -> {
                assertThat(request.scheme()).isEqualTo(scheme);
                assertThat(request.keyId()).isEqualTo(hub.keyId());
            });
        }
    }

    /** The peer's deliveries to the inbox so far were each signed with the chosen scheme and taken (2xx) at once. */
    private static void assertTakenAtFirstKnock(FedifyPeer peer, URI inbox, HttpSignatureScheme scheme) {
        assertThat(peer.journal().deliveriesTo(inbox)).isNotEmpty().allSatisfy(post -> {
            assertThat(post.scheme()).as("signed as the peer was told").isEqualTo(scheme);
            assertThat(post.status()).as("taken at the first knock, no fallback").isBetween(200, 299);
        });
    }

    private static Activity awaitActivity(FedifyPeer peer, String type, URI actor) {
        return await(type + " from " + actor + " at the peer (log: " + peer.log() + ")")
                .atMost(FEDERATION).until(() -> peer.journal().activities(type).stream()
                        .filter(activity -> actor.equals(activity.actor())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private String followFromHub(URI id, FedifyPeer peer) {
        return """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Follow",
                 "actor": "%s", "object": "%s"}""".formatted(id, hub.actor(), peer.actor());
    }
}
