package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our signers against our verifier, for every algorithm, on a POST and a signed GET. */
class RoundTripTest {

    private static final Instant NOW = Instant.parse("2025-11-02T12:00:00Z");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier();
    private static final String BODY = "{\"type\":\"Create\",\"actor\":\"https://camden.example/actor\"}";

    static Stream<Arguments> signers() {
        return Stream.of(
                Arguments.of("cavage rsa-sha256", CavageSigner.rsaSha256(TestKeys.KEY_ID, rsa()),
                        VerificationKey.of(TestKeys.RSA.getPublic()), SignatureAlgorithm.RSA_V1_5_SHA256),
                Arguments.of("cavage hs2019 RSA", CavageSigner.hs2019(TestKeys.KEY_ID, rsa()),
                        VerificationKey.of(TestKeys.RSA.getPublic()), SignatureAlgorithm.RSA_V1_5_SHA256),
                Arguments.of("cavage hs2019 Ed25519", CavageSigner.hs2019(TestKeys.KEY_ID, TestKeys.ED25519.getPrivate()),
                        VerificationKey.of(TestKeys.ED25519.getPublic()), SignatureAlgorithm.ED25519),
                Arguments.of("rfc9421 rsa-v1_5-sha256", new MessageSigner(TestKeys.KEY_ID, rsa()),
                        VerificationKey.of(TestKeys.RSA.getPublic()), SignatureAlgorithm.RSA_V1_5_SHA256),
                Arguments.of("rfc9421 rsa-pss-sha512", new MessageSigner(TestKeys.KEY_ID, rsa(), SignatureAlgorithm.RSA_PSS_SHA512),
                        VerificationKey.of(TestKeys.RSA.getPublic()), SignatureAlgorithm.RSA_PSS_SHA512),
                Arguments.of("rfc9421 ecdsa-p256-sha256", new MessageSigner(TestKeys.KEY_ID, TestKeys.P256.getPrivate()),
                        VerificationKey.of(TestKeys.P256.getPublic()), SignatureAlgorithm.ECDSA_P256_SHA256),
                Arguments.of("rfc9421 ed25519", new MessageSigner(TestKeys.KEY_ID, TestKeys.ED25519.getPrivate()),
                        VerificationKey.of(TestKeys.ED25519.getPublic()), SignatureAlgorithm.ED25519),
                Arguments.of("rfc9421 hmac-sha256", MessageSigner.hmac(TestKeys.KEY_ID, TestKeys.HMAC),
                        VerificationKey.ofSecret(TestKeys.HMAC), SignatureAlgorithm.HMAC_SHA256));
    }

    @ParameterizedTest(name = "{0} POST")
    @MethodSource("signers")
    void signedPostVerifies(String name, RequestSigner signer, VerificationKey key, SignatureAlgorithm algorithm) {
        OutgoingRequest post = TestRequests.post("https://hackney.example/users/hackney/inbox", BODY);
        IncomingRequest received = TestRequests.received(post, signer.sign(post, NOW));

        assertThat(VERIFIER.verify(received, key, NOW)).isEqualTo(new VerificationResult.Verified(
                TestKeys.KEY_ID, scheme(name), algorithm));
    }

    @ParameterizedTest(name = "{0} GET")
    @MethodSource("signers")
    void signedGetWithQueryAndPortVerifies(String name, RequestSigner signer, VerificationKey key,
                                           SignatureAlgorithm algorithm) {
        OutgoingRequest get = TestRequests.get("https://Hackney.example:8443/users/hackney/outbox?page=2&min_id=a%20b");
        Map<String, String> added = signer.sign(get, NOW);
        IncomingRequest received = TestRequests.received(get, added);

        assertThat(added).doesNotContainKeys("Digest", "Content-Digest");
        assertThat(VERIFIER.verify(received, key, NOW)).isEqualTo(new VerificationResult.Verified(
                TestKeys.KEY_ID, scheme(name), algorithm));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void signatureFromAnotherKeyIsRefused(String name, RequestSigner signer, VerificationKey key,
                                          SignatureAlgorithm algorithm) {
        OutgoingRequest post = TestRequests.post("https://hackney.example/inbox", BODY);
        IncomingRequest received = TestRequests.received(post, signer.sign(post, NOW));
        VerificationKey other = switch (key.kind()) {
            case RSA -> VerificationKey.of(TestKeys.OTHER_RSA.getPublic(), algorithm);
            case ED25519 -> VerificationKey.of(KeyPairs.ed25519().getPublic());
            case EC_P256 -> VerificationKey.of(KeyPairs.p256().getPublic());
            case SECRET -> VerificationKey.ofSecret(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
        };

        assertThat(VERIFIER.verify(received, other, NOW))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.WRONG_KEY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void postHeadersAreTheOnesThePeerExpects(String name, RequestSigner signer, VerificationKey key,
                                             SignatureAlgorithm algorithm) {
        OutgoingRequest post = TestRequests.post("https://hackney.example/inbox", BODY);
        Map<String, String> added = signer.sign(post, NOW);

        assertThat(added).containsEntry("Date", "Sun, 02 Nov 2025 12:00:00 GMT");
        if (scheme(name) == SignatureScheme.DRAFT_CAVAGE_12) {
            assertThat(added).containsOnlyKeys("Date", "Digest", "Signature");
            assertThat(added.get("Signature")).contains("headers=\"(request-target) host date digest content-type\"");
        } else {
            assertThat(added).containsOnlyKeys("Date", "Content-Digest", "Signature-Input", "Signature");
            assertThat(added.get("Signature-Input")).isEqualTo("sig1=(\"@method\" \"@target-uri\" \"content-digest\" "
                    + "\"content-type\");created=1762084800;keyid=\"" + TestKeys.KEY_ID + "\";alg=\""
                    + algorithm.rfc9421Name() + "\"");
        }
    }

    private static SignatureScheme scheme(String name) {
        return name.startsWith("cavage") ? SignatureScheme.DRAFT_CAVAGE_12 : SignatureScheme.RFC_9421;
    }

    private static PrivateKey rsa() {
        return TestKeys.RSA.getPrivate();
    }
}
