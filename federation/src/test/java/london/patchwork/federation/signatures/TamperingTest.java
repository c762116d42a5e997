package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A valid signed POST, changed one way at a time: each change must be refused for the right reason. */
class TamperingTest {

    private static final Instant NOW = Instant.parse("2025-11-02T12:00:00Z");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier();
    private static final VerificationKey KEY = VerificationKey.of(TestKeys.RSA.getPublic());
    private static final OutgoingRequest POST = TestRequests.post("https://hackney.example/inbox",
            "{\"type\":\"Follow\",\"object\":\"https://hackney.example/actor\"}");

    static Stream<Arguments> tamperings() {
        return Stream.of(
                tampering("changed body", r -> TestRequests.withBody(r, "{\"type\":\"Delete\"}"), FailureReason.BAD_DIGEST),
                tampering("changed covered header", r -> TestRequests.withHeader(r, "Content-Type", "text/plain"),
                        FailureReason.WRONG_KEY),
                tampering("changed path", r -> TestRequests.withTarget(r, "/users/other/inbox"), FailureReason.WRONG_KEY),
                tampering("changed host", r -> TestRequests.withHeader(r, "Host", "evil.example"), FailureReason.WRONG_KEY),
                tampering("changed method", r -> TestRequests.withMethod(r, "PUT"), FailureReason.WRONG_KEY),
                tampering("digest removed", r -> TestRequests.without(TestRequests.without(r, "Digest"), "Content-Digest"),
                        FailureReason.DIGEST_MISSING),
                tampering("covered header removed", r -> TestRequests.without(r, "Content-Type"), FailureReason.MISSING_HEADER),
                tampering("signature removed", r -> TestRequests.without(TestRequests.without(r, "Signature"),
                        "Signature-Input"), FailureReason.MISSING_SIGNATURE));
    }

    private static Arguments tampering(String name, UnaryOperator<IncomingRequest> change, FailureReason reason) {
        return Arguments.of(name, change, reason);
    }

    @ParameterizedTest(name = "cavage: {0}")
    @MethodSource("tamperings")
    void cavageRefuses(String name, UnaryOperator<IncomingRequest> change, FailureReason reason) {
        IncomingRequest signed = TestRequests.received(POST, CavageSigner.rsaSha256(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW));

        assertThat(VERIFIER.verify(signed, KEY, NOW).isVerified()).isTrue();
        assertThat(reason(change.apply(signed), NOW)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "rfc9421: {0}")
    @MethodSource("tamperings")
    void messageSignatureRefuses(String name, UnaryOperator<IncomingRequest> change, FailureReason reason) {
        IncomingRequest signed = TestRequests.received(POST, new MessageSigner(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW));

        assertThat(VERIFIER.verify(signed, KEY, NOW).isVerified()).isTrue();
        assertThat(reason(change.apply(signed), NOW)).isEqualTo(reason);
    }

    @Test
    void replayedOldRequestIsTooOld() {
        IncomingRequest signed = TestRequests.received(POST, new MessageSigner(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW));

        assertThat(reason(signed, NOW.plus(Duration.ofHours(3)))).isEqualTo(FailureReason.DATE_TOO_OLD);
    }

    @Test
    void requestFromBeyondTheClockSkewIsNotYetValid() {
        IncomingRequest signed = TestRequests.received(POST, CavageSigner.rsaSha256(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW.plus(Duration.ofMinutes(61))));

        assertThat(reason(signed, NOW)).isEqualTo(FailureReason.NOT_YET_VALID);
    }

    @Test
    void explicitExpiryIsEnforced() {
        IncomingRequest unsigned = TestRequests.received(TestRequests.get("https://hackney.example/actor"), java.util.Map.of());
        IncomingRequest signed = TestSigning.signMessage(unsigned, "sig1", "(\"@method\" \"@target-uri\");created="
                + NOW.getEpochSecond() + ";expires=" + NOW.plusSeconds(30).getEpochSecond() + ";keyid=\"k\"",
                TestKeys.RSA.getPrivate(), SignatureAlgorithm.RSA_V1_5_SHA256);

        assertThat(VERIFIER.verify(signed, KEY, NOW.plus(Duration.ofMinutes(60))).isVerified()).isTrue();
        assertThat(reason(signed, NOW.plus(Duration.ofMinutes(61)))).isEqualTo(FailureReason.EXPIRED);
    }

    @Test
    void wrongAlgorithmsAreRefused() {
        IncomingRequest cavage = TestRequests.received(POST, CavageSigner.rsaSha256(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW));
        String header = cavage.headers().first("signature").orElseThrow();

        assertThat(reason(TestRequests.withHeader(cavage, "Signature", header.replace("rsa-sha256", "hmac-sha256")), NOW))
                .isEqualTo(FailureReason.UNKNOWN_ALGORITHM);
        assertThat(VERIFIER.verify(cavage, VerificationKey.of(TestKeys.ED25519.getPublic()), NOW))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.ALGORITHM_KEY_MISMATCH);

        IncomingRequest message = TestRequests.received(POST, new MessageSigner(TestKeys.KEY_ID,
                TestKeys.RSA.getPrivate()).sign(POST, NOW));
        String input = message.headers().first("signature-input").orElseThrow();
        assertThat(reason(TestRequests.withHeader(message, "Signature-Input", input.replace("rsa-v1_5-sha256", "ed25519")), NOW))
                .isEqualTo(FailureReason.ALGORITHM_KEY_MISMATCH);
        assertThat(reason(TestRequests.withHeader(message, "Signature-Input", input.replace("rsa-v1_5-sha256", "rsa-pss-sha512")),
                NOW)).isEqualTo(FailureReason.WRONG_KEY);
        assertThat(reason(TestRequests.withHeader(message, "Signature-Input", input.replace("rsa-v1_5-sha256", "rsa-md5")), NOW))
                .isEqualTo(FailureReason.UNKNOWN_ALGORITHM);
        assertThat(VERIFIER.verify(message, VerificationKey.of(TestKeys.RSA.getPublic(), SignatureAlgorithm.RSA_PSS_SHA512), NOW))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.ALGORITHM_KEY_MISMATCH);
    }

    @Test
    void digestThatIsPresentButNotSignedIsRefused() {
        IncomingRequest unsigned = TestRequests.received(POST, java.util.Map.of("Date", HttpDates.format(NOW),
                "Digest", Digests.digestHeader(POST.body())));
        IncomingRequest signed = TestSigning.signCavage(unsigned, "keyId=\"k\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date\"", TestKeys.RSA.getPrivate(), SignatureAlgorithm.RSA_V1_5_SHA256);

        assertThat(VERIFIER.verify(signed, KEY, NOW)).isEqualTo(new VerificationResult.Failed(
                FailureReason.MISSING_REQUIRED_COMPONENT,
                "the signature must cover the Digest header (for a POST or a request with a body)"));
    }

    private static FailureReason reason(IncomingRequest request, Instant now) {
        VerificationResult result = VERIFIER.verify(request, KEY, now);
        assertThat(result).isInstanceOf(VerificationResult.Failed.class);
        return ((VerificationResult.Failed) result).reason();
    }
}
