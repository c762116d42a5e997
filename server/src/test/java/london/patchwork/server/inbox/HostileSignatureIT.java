package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.MessageSigner;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.FedifyStyleActor;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.InboxPosts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature itself: a body changed after signing, a Date replayed or from the future, a key that belongs
 * to someone else, JSON-LD signatures (never trusted), and the two schemes the inbox does accept —
 * draft-cavage and RFC 9421, with RSA and with an Ed25519 key published only as a FEP-521a Multikey.
 */
@MicronautTest
class HostileSignatureIT extends HostileInbox {

    private URI carol;
    private FedifyStyleActor dana;

    @BeforeAll
    void moreActors() {
        carol = remote.addActor("carol");
        dana = FedifyStyleActor.publish(remote, "dana");
    }

    private ObjectNode createForHub(URI author, String statusId) {
        return Activities.create(author, Activities.note(URI.create(author + "/statuses/" + statusId), author,
                "<p>hello hub</p>", hub()));
    }

    private void assertRefused(HttpResponse<String> response, int status, String reason, Stored before) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).containsIgnoringCase(reason);
        assertThat(stored().inboxActivities()).isEqualTo(before.inboxActivities());
        assertThat(stored().posts()).isEqualTo(before.posts());
    }

    @Test
    void bodyChangedAfterSigningIs401() {
        Stored before = stored();
        byte[] signed = Activities.bytes(createForHub(bob, "digest"));
        ObjectNode changed = createForHub(bob, "digest");
        ((ObjectNode) changed.get("object")).put("content", "<p>something else entirely</p>");
        HttpResponse<String> response = InboxPosts.signed(remote.signerFor(bob), inboxUrl(),
                InboxPosts.ACTIVITY_JSON, signed, Activities.bytes(changed), Instant.now());
        assertRefused(response, 401, "digest", before);
    }

    @Test
    void dateReplayedTwoHoursLaterOrTwoHoursAheadIs401() {
        Stored before = stored();
        for (Duration offset : new Duration[]{Duration.ofHours(-2), Duration.ofHours(2)}) {
            HttpResponse<String> response = InboxPosts.signedAt(remote.signerFor(bob), inboxUrl(),
                    Activities.bytes(createForHub(bob, "dated" + offset)), Instant.now().plus(offset));
            assertRefused(response, 401, "Signed request date", before);
        }
    }

    @Test
    void carolSigningForBobIs403() {
        Stored before = stored();
        HttpResponse<String> response = InboxPosts.signed(remote.signerFor(carol), inboxUrl(),
                Activities.bytes(createForHub(bob, "carol-for-bob")));
        assertRefused(response, 403, "belongs to " + carol, before);
    }

    @Test
    void draftCavageAndRfc9421AreBothAccepted() {
        RequestSigner[] signers = {
                CavageSigner.rsaSha256(bob + "#main-key", remote.keyOf(bob).getPrivate()),
                CavageSigner.hs2019(bob + "#main-key", remote.keyOf(bob).getPrivate()),
                new MessageSigner(bob + "#main-key", remote.keyOf(bob).getPrivate())};
        for (int i = 0; i < signers.length; i++) {
            ObjectNode create = createForHub(bob, "scheme-" + i);
            HttpResponse<String> response = InboxPosts.signed(signers[i], inboxUrl(), Activities.bytes(create));
            assertThat(response.statusCode()).as("signer %d: %s", i, response.body()).isEqualTo(202);
            assertThat(awaitProcessed(create.get("id").asText()).state()).isEqualTo("done");
        }
    }

    @Test
    void rfc9421WithAnEd25519MultikeyIsAccepted() {
        ObjectNode create = createForHub(dana.id(), "ed25519");
        HttpResponse<String> response = InboxPosts.signed(
                new MessageSigner(dana.ed25519KeyId().toString(), dana.ed25519().getPrivate()), inboxUrl(),
                Activities.bytes(create));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(awaitProcessed(create.get("id").asText()).state()).isEqualTo("done");
        assertThat(posts.findByUri(create.at("/object/id").asText())).isPresent();

        // The same actor may go on signing draft-cavage with its RSA publicKey.
        ObjectNode viaRsa = createForHub(dana.id(), "rsa");
        assertThat(InboxPosts.signed(CavageSigner.rsaSha256(dana.rsaKeyId().toString(), dana.rsa().getPrivate()),
                inboxUrl(), Activities.bytes(viaRsa)).statusCode()).isEqualTo(202);
        assertThat(awaitProcessed(viaRsa.get("id").asText()).state()).isEqualTo("done");
    }

    @Test
    void aJsonLdSignatureAloneIs401() {
        Stored before = stored();
        ObjectNode create = createForHub(bob, "ld-only");
        create.set("signature", forgedLdSignature(bob));
        assertRefused(InboxPosts.unsigned(inboxUrl(), InboxPosts.ACTIVITY_JSON, Activities.bytes(create)), 401,
                "not signed", before);
    }

    @Test
    void aForgedJsonLdSignatureChangesNothing() {
        // Carol's "signature" on an activity bob relays does not make it carol's: the HTTP signer must be the actor.
        Stored before = stored();
        ObjectNode relayed = createForHub(carol, "relayed");
        relayed.set("signature", forgedLdSignature(carol));
        assertRefused(InboxPosts.signed(remote.signerFor(bob), inboxUrl(), Activities.bytes(relayed)), 403,
                "not to the activity's actor", before);

        // On bob's own activity, a garbage LD signature is simply not looked at.
        ObjectNode own = createForHub(bob, "own-with-ld");
        own.set("signature", forgedLdSignature(carol));
        assertThat(deliverAndAwait(bob, own).state()).isEqualTo("done");
        assertThat(posts.findByUri(own.at("/object/id").asText()).orElseThrow().authorId())
                .isEqualTo(actors.findByUri(bob.toString()).orElseThrow().id());
    }

    private static ObjectNode forgedLdSignature(URI creator) {
        return Activities.object().put("type", "RsaSignature2017").put("creator", creator + "#main-key")
                .put("created", Instant.now().toString())
                .put("signatureValue", "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==");
    }
}
