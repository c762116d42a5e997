package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two-step API a server uses, and the programmer errors it reports with our own exception. */
class VerifierApiTest {

    private static final Instant NOW = Instant.parse("2025-11-02T12:00:00Z");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier();

    @Test
    void claimTellsSchemeAndKeyBeforeAnyKeyIsFetched() {
        OutgoingRequest post = TestRequests.post("https://hackney.example/inbox", "{}");
        IncomingRequest cavage = TestRequests.received(post, CavageSigner.rsaSha256(TestKeys.KEY_ID, TestKeys.RSA.getPrivate())
                .sign(post, NOW));
        IncomingRequest message = TestRequests.received(post, new MessageSigner(TestKeys.KEY_ID, TestKeys.ED25519.getPrivate())
                .sign(post, NOW));

        assertThat(VERIFIER.claim(cavage)).isInstanceOfSatisfying(SignatureClaim.class, claim -> {
            assertThat(claim.scheme()).isEqualTo(SignatureScheme.DRAFT_CAVAGE_12);
            assertThat(claim.keyId()).isEqualTo(TestKeys.KEY_ID);
            assertThat(claim.declaredAlgorithm()).contains("rsa-sha256");
        });
        assertThat(VERIFIER.claim(message)).isInstanceOfSatisfying(MessageSignature.class, claim -> {
            assertThat(claim.scheme()).isEqualTo(SignatureScheme.RFC_9421);
            assertThat(claim.label()).isEqualTo("sig1");
            assertThat(claim.declaredAlgorithm()).contains("ed25519");
            assertThat(claim.coveredComponents()).containsExactly("@method", "@target-uri", "content-digest", "content-type");
            assertThat(claim.created()).contains(NOW);
            assertThat(claim.expires()).isEmpty();
        });
    }

    @Test
    void severalMessageSignaturesCanBeChosenByLabel() {
        IncomingRequest unsigned = TestRequests.received(TestRequests.get("https://hackney.example/actor"), Map.of());
        IncomingRequest proxy = TestSigning.signMessage(unsigned, "proxy", "(\"@method\" \"@target-uri\");created="
                + NOW.getEpochSecond() + ";keyid=\"proxy-key\";nonce=\"n1\";tag=\"t\"", TestKeys.P256.getPrivate(),
                SignatureAlgorithm.ECDSA_P256_SHA256);
        String input = "actor=(\"@method\" \"@target-uri\");created=" + NOW.getEpochSecond() + ";keyid=\"actor-key\", "
                + "proxy=" + proxy.headers().first("signature-input").orElseThrow().substring("proxy=".length());
        IncomingRequest both = TestRequests.withHeader(TestRequests.withHeader(proxy, "Signature-Input", input), "Signature",
                "actor=:AQID:, " + proxy.headers().first("signature").orElseThrow());

        assertThat(((SignatureClaim) VERIFIER.claim(both)).keyId()).isEqualTo("actor-key");
        MessageSignature chosen = (MessageSignature) VERIFIER.claim(both, "proxy");
        assertThat(chosen.nonce()).contains("n1");
        assertThat(chosen.tag()).contains("t");
        assertThat(VERIFIER.verify(both, chosen, TestKeys.P256.getPublic(), NOW).isVerified()).isTrue();
        assertThat(VERIFIER.claim(both, "absent")).isEqualTo(
                new VerificationResult.Failed(FailureReason.MISSING_SIGNATURE, "no signature labelled absent"));
    }

    @Test
    void programmerErrorsThrowOurOwnException() {
        assertThatThrownBy(() -> new IncomingRequest(null, "/", HeaderMap.empty(), null)).isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> VERIFIER.claim(null)).isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> VerificationKey.of(TestKeys.RSA.getPublic(), SignatureAlgorithm.ED25519))
                .isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> CavageSigner.rsaSha256(TestKeys.KEY_ID, TestKeys.ED25519.getPrivate()))
                .isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> CavageSigner.hs2019(TestKeys.KEY_ID, TestKeys.P256.getPrivate()))
                .isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> new MessageSigner("bad\"id", TestKeys.ED25519.getPrivate()))
                .isInstanceOf(HttpSignatureException.class);
        assertThatThrownBy(() -> new MessageSigner(TestKeys.KEY_ID, TestKeys.RSA.getPrivate(), SignatureAlgorithm.ECDSA_P256_SHA256))
                .isInstanceOf(HttpSignatureException.class);
        RequestSigner signer = new MessageSigner(TestKeys.KEY_ID, TestKeys.ED25519.getPrivate());
        OutgoingRequest ftp = new OutgoingRequest("GET", URI.create("ftp://a.example/x"), Map.of(), null);
        assertThatThrownBy(() -> signer.sign(ftp, NOW)).isInstanceOf(HttpSignatureException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> HeaderMap.builder().add("X", null)).isInstanceOf(HttpSignatureException.class);
    }

    @Test
    void aBugBelowTheVerifierBecomesARefusalNotACrash() {
        OutgoingRequest get = TestRequests.get("https://hackney.example/actor");
        IncomingRequest signed = TestRequests.received(get, CavageSigner.rsaSha256(TestKeys.KEY_ID, TestKeys.RSA.getPrivate())
                .sign(get, NOW));

        assertThat(VERIFIER.verify(signed, VerificationKey.of(new ExplodingRsaKey()), NOW)).isEqualTo(
                new VerificationResult.Failed(FailureReason.MALFORMED, "could not verify: IllegalStateException"));
    }

    /** An RSA key from a broken provider: the JDK's RSA code throws when it reads the modulus. */
    private static final class ExplodingRsaKey implements java.security.interfaces.RSAPublicKey {
        @Override
        public java.math.BigInteger getPublicExponent() {
            throw new IllegalStateException("broken provider");
        }

        @Override
        public java.math.BigInteger getModulus() {
            throw new IllegalStateException("broken provider");
        }

        @Override
        public String getAlgorithm() {
            return "RSA";
        }

        @Override
        public String getFormat() {
            return "X.509";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }

    @Test
    void headerMapIsCaseInsensitiveAndKeepsEveryLine() {
        HeaderMap headers = HeaderMap.builder().add("Accept", "a").add("ACCEPT", "b").add("Host", "h").build();

        assertThat(headers.all("accept")).containsExactly("a", "b");
        assertThat(headers.first("HOST")).contains("h");
        assertThat(headers.contains("x")).isFalse();
        assertThat(headers.names()).containsExactly("accept", "host");
        assertThat(HeaderMap.of(Map.of("X-A", java.util.List.of("1", "2"))).all("x-a")).containsExactly("1", "2");
    }
}
