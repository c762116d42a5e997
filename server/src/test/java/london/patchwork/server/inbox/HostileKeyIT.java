package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.InboxPosts;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the key comes from, after real advisories: a key document that claims an owner who does not list it,
 * an actor URL that redirects to someone else's document, key URLs that 404 or hang (a quick 401, and the
 * failure remembered), and a flood of bad signatures naming a real key (one fetch, not one per request).
 */
@MicronautTest
class HostileKeyIT extends HostileInbox {

    /** Mastodon stops waiting for an inbox's answer after 10 s (app/lib/request.rb): a 401 must come first. */
    private static final Duration SENDER_PATIENCE = Duration.ofSeconds(10);

    private final KeyPair mallory = KeyPairs.rsa2048();
    private RemoteServer evil;

    @BeforeAll
    void startEvil() {
        evil = new RemoteServer("localhost");
    }

    @AfterAll
    void stopEvil() {
        evil.close();
    }

    private ObjectNode createForHub(URI author, String statusId) {
        return Activities.create(author, Activities.note(URI.create(author + "/statuses/" + statusId), author,
                "<p>hello hub</p>", hub()));
    }

    private HttpResponse<String> signedByMallory(URI keyId, ObjectNode activity) {
        RequestSigner signer = CavageSigner.rsaSha256(keyId.toString(), mallory.getPrivate());
        return InboxPosts.signed(signer, inboxUrl(), Activities.bytes(activity));
    }

    private void assertRefused(HttpResponse<String> response, String reason, Stored before) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.body()).contains(reason);
        assertThat(stored().inboxActivities()).isEqualTo(before.inboxActivities());
        assertThat(stored().posts()).isEqualTo(before.posts());
    }

    /** Bob as the hub stores him, after his origin has been asked: his own key, never mallory's. */
    private void assertBobKeepsHisKey() {
        actors.findByUri(bob.toString()).ifPresent(stored -> assertThat(stored.publicKeyPem())
                .isEqualTo(PemKeys.encode(remote.keyOf(bob).getPublic())));
        assertThat(actors.findAll()).noneMatch(actor -> PemKeys.encode(mallory.getPublic())
                .equals(actor.publicKeyPem()));
    }

    @Test
    void keyDocumentNamingAnOwnerWhoDoesNotListItIs401() {
        Stored before = stored();
        for (RemoteServer host : new RemoteServer[]{evil, remote}) {
            URI keyId = host.uri("/keys/rogue");
            host.put("/keys/rogue", Activities.object().put("@context", "https://w3id.org/security/v1")
                    .put("id", keyId.toString()).put("type", "Key").put("owner", bob.toString())
                    .put("publicKeyPem", PemKeys.encode(mallory.getPublic())));
            assertRefused(signedByMallory(keyId, createForHub(bob, "rogue-key")), "KEY_NOT_LISTED", before);
        }
        assertBobKeepsHisKey();
    }

    @Test
    void actorUrlRedirectingToAnotherDocumentIs401() {
        Stored before = stored();
        // Straight to bob: the document is bob's, and bob does not list eve's key.
        evil.redirect("/users/eve", bob.toString());
        assertRefused(signedByMallory(evil.uri("/users/eve#main-key"), createForHub(bob, "redirected")),
                "KEY_NOT_LISTED", before);

        // To a page of eve's that claims to be bob: the id does not match where it came from, so bob is
        // fetched from his own origin, which knows nothing of mallory's key.
        evil.redirect("/users/ivy", evil.base() + "/profiles/ivy");
        evil.put("/profiles/ivy", impostorOf(bob, evil.uri("/users/ivy#main-key")));
        assertRefused(signedByMallory(evil.uri("/users/ivy#main-key"), createForHub(bob, "impostor")),
                "KEY_NOT_LISTED", before);
        assertThat(evil.getsOf("/profiles/ivy")).isEqualTo(1);
        assertThat(actors.findAll()).noneMatch(actor -> actor.uri() != null && actor.uri().startsWith(evil.base()));
        assertBobKeepsHisKey();
    }

    private ObjectNode impostorOf(URI victim, URI keyId) {
        ObjectNode impostor = Activities.object().put("@context", Activities.AS_CONTEXT)
                .put("id", victim.toString()).put("type", "Person").put("inbox", evil.base() + "/inbox");
        impostor.putObject("publicKey").put("id", keyId.toString()).put("owner", victim.toString())
                .put("publicKeyPem", PemKeys.encode(mallory.getPublic()));
        return impostor;
    }

    @Test
    void keyThat404sIs401AndIsNotAskedForAgainAtOnce() {
        Stored before = stored();
        remote.answer("/users/ghost", 404);
        URI keyId = remote.uri("/users/ghost#main-key");
        for (int i = 0; i < 3; i++) {
            assertRefused(signedByMallory(keyId, createForHub(remote.uri("/users/ghost"), "boo-" + i)),
                    "key unavailable", before);
        }
        assertThat(remote.getsOf("/users/ghost")).isEqualTo(1);
    }

    @Test
    void keyThatHangsIs401BeforeTheSenderGivesUpAndIsNotAskedForAgainAtOnce() {
        Stored before = stored();
        remote.hang("/users/sloth");
        URI keyId = remote.uri("/users/sloth#main-key");
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            assertRefused(signedByMallory(keyId, createForHub(remote.uri("/users/sloth"), "zzz-" + i)),
                    "key unavailable", before);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("hanging key, request %d: 401 after %d ms%n", i, took.toMillis());
            assertThat(took).isLessThan(SENDER_PATIENCE);
        }
        assertThat(remote.getsOf("/users/sloth")).isEqualTo(1);
    }

    @Test
    void floodOfBadSignaturesNamingARealKeyCostsAtMostOneFetch() {
        deliverAndAwait(bob, createForHub(bob, "before-the-flood"));
        Stored before = stored();
        int fetchesBefore = remote.getsOf("/users/bob");
        URI keyId = URI.create(bob + "#main-key");
        for (int i = 0; i < 10; i++) {
            assertRefused(signedByMallory(keyId, createForHub(bob, "flood-" + i)), "Verification failed", before);
        }
        assertThat(remote.getsOf("/users/bob") - fetchesBefore).isLessThanOrEqualTo(1);
        assertBobKeepsHisKey();
    }
}
