package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Mastodon-style signed POST and its RFC 9421 Ed25519 twin, both signed by OpenSSL (see
 * fixtures/signatures/README.md): our signers must reproduce them byte for byte, and our verifier
 * must rebuild exactly the strings OpenSSL signed.
 */
class OpensslSignedPostTest {

    private static final Instant SIGNED_AT = Instant.parse("2025-10-14T09:30:00Z");
    private static final URI INBOX = URI.create("https://hackney.example/users/hackney/inbox");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier();

    private final IncomingRequest cavagePost = HttpMessages.request(TestRequests.resource("mastodon-style-post/request.http"), "https");
    private final IncomingRequest messagePost = HttpMessages.request(TestRequests.resource("rfc9421-ed25519-post/request.http"), "https");

    @Test
    void cavageSignerReproducesTheOpensslSignatureByteForByte() {
        PrivateKey key = PemKeys.parsePrivateKey(TestRequests.resource("mastodon-style-post/actor.private.pem"));
        Map<String, String> headers = CavageSigner.rsaSha256("https://camden.example/actor#main-key", key)
                .sign(outgoing(cavagePost), SIGNED_AT);

        assertThat(headers).containsExactly(
                Map.entry("Date", cavagePost.headers().first("date").orElseThrow().strip()),
                Map.entry("Digest", cavagePost.headers().first("digest").orElseThrow().strip()),
                Map.entry("Signature", cavagePost.headers().first("signature").orElseThrow().strip()));
    }

    @Test
    void verifierRebuildsTheSigningStringExactly() {
        CavageSignature claim = (CavageSignature) VERIFIER.claim(cavagePost);

        assertThat(claim.coveredHeaders()).containsExactly("(request-target)", "host", "date", "digest", "content-type");
        assertThat(CavageVerification.signingString(cavagePost, claim, true))
                .isEqualTo(TestRequests.resource("mastodon-style-post/signing-string.txt"));
        assertThat(VERIFIER.verify(cavagePost, claim, cavageKey(), SIGNED_AT)).isEqualTo(new VerificationResult.Verified(
                "https://camden.example/actor#main-key", SignatureScheme.DRAFT_CAVAGE_12, SignatureAlgorithm.RSA_V1_5_SHA256));
    }

    @Test
    void mastodonWindowIsFiveMinutesPlusAnHourOfSkew() {
        CavageSignature claim = (CavageSignature) VERIFIER.claim(cavagePost);

        assertThat(VERIFIER.verify(cavagePost, claim, cavageKey(), SIGNED_AT.plus(Duration.ofMinutes(65))).isVerified()).isTrue();
        assertThat(VERIFIER.verify(cavagePost, claim, cavageKey(), SIGNED_AT.plus(Duration.ofMinutes(65)).plusSeconds(1)))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.DATE_TOO_OLD);
        assertThat(VERIFIER.verify(cavagePost, claim, cavageKey(), SIGNED_AT.minus(Duration.ofMinutes(60))).isVerified()).isTrue();
        assertThat(VERIFIER.verify(cavagePost, claim, cavageKey(), SIGNED_AT.minus(Duration.ofMinutes(60)).minusSeconds(1)))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.NOT_YET_VALID);
    }

    @Test
    void messageSignerReproducesTheOpensslEd25519SignatureByteForByte() {
        PrivateKey key = PemKeys.parsePrivateKey(TestRequests.resource("rfc9421-ed25519-post/actor.private.pem"));
        Map<String, String> headers = new MessageSigner("https://camden.example/actor#ed25519-key", key)
                .sign(outgoing(messagePost), SIGNED_AT);

        assertThat(headers).containsEntry("Content-Digest", header(messagePost, "content-digest"))
                .containsEntry("Signature-Input", header(messagePost, "signature-input"))
                .containsEntry("Signature", header(messagePost, "signature"));
    }

    @Test
    void verifierRebuildsTheSignatureBaseExactly() {
        MessageSignature claim = (MessageSignature) VERIFIER.claim(messagePost);

        assertThat(MessageVerification.signatureBase(messagePost, claim))
                .isEqualTo(TestRequests.resource("rfc9421-ed25519-post/signature-base.txt"));
        assertThat(VERIFIER.verify(messagePost, claim, ed25519Key(), SIGNED_AT)).isEqualTo(new VerificationResult.Verified(
                "https://camden.example/actor#ed25519-key", SignatureScheme.RFC_9421, SignatureAlgorithm.ED25519));
    }

    @Test
    void multikeyMatchesTheIndependentlyComputedValue() {
        String multikey = TestRequests.resource("rfc9421-ed25519-post/multikey.txt").strip();

        assertThat(Multikey.encode(ed25519Key())).isEqualTo(multikey);
        assertThat(Multikey.decode(multikey).getEncoded()).isEqualTo(ed25519Key().getEncoded());
    }

    private static OutgoingRequest outgoing(IncomingRequest received) {
        return new OutgoingRequest(received.method(), INBOX, Map.of("Content-Type", header(received, "content-type")),
                received.body());
    }

    private static String header(IncomingRequest request, String name) {
        return request.headers().first(name).orElseThrow().strip();
    }

    private static PublicKey cavageKey() {
        return PemKeys.parsePublicKey(TestRequests.resource("mastodon-style-post/actor.public.pem"));
    }

    private static PublicKey ed25519Key() {
        return PemKeys.parsePublicKey(TestRequests.resource("rfc9421-ed25519-post/actor.public.pem"));
    }
}
