package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;

/**
 * Replays Mastodon's own signature-verification request spec: the same requests, the same frozen
 * clock, the same accept/reject decisions, and for each rejection a reason that matches the error
 * Mastodon gives.
 */
final class MastodonCases {

    static final Instant FROZEN_CLOCK = Instant.parse("2023-12-20T10:00:00Z");
    private static final SignatureVerifier MASTODON = new SignatureVerifier();
    private static final String BOB = "https://remote.domain/users/bob#main-key";

    private final Map<String, PublicKey> knownKeys;

    MastodonCases(Path folder, String keyId) {
        assertThat(keyId).isEqualTo(BOB);
        PublicKey bob = PemKeys.parsePublicKey(SharedFixtures.read(folder.resolve("actor-bob.public.pem")));
        this.knownKeys = Map.of(keyId, bob);
    }

    void check(JsonNode c) {
        IncomingRequest request = request(c);
        String expected = c.get("expected").asText();
        String error = c.get("expected_error").asText("");
        VerificationResult result;
        switch (MASTODON.claim(request)) {
            case VerificationResult.Failed failed -> result = failed;
            case SignatureClaim claim -> {
                checkReconstruction(c, request, claim);
                PublicKey key = knownKeys.get(claim.keyId());
                if (key == null) {
                    assertThat(expected).isEqualTo("rejected");
                    assertThat(error).startsWith("Unable to fetch key");
                    return;
                }
                result = MASTODON.verify(request, claim, key, FROZEN_CLOCK);
            }
        }
        if (expected.equals("verified")) {
            assertThat(result).isEqualTo(new VerificationResult.Verified(BOB, scheme(c), SignatureAlgorithm.RSA_V1_5_SHA256));
        } else {
            assertThat(result).isInstanceOf(VerificationResult.Failed.class);
            FailureReason reason = ((VerificationResult.Failed) result).reason();
            expectedReason(error).ifPresent(r -> assertThat(reason).as(c.get("context").asText()).isEqualTo(r));
        }
    }

    private static SignatureScheme scheme(JsonNode c) {
        return c.get("scheme").asText().equals("cavage") ? SignatureScheme.DRAFT_CAVAGE_12 : SignatureScheme.RFC_9421;
    }

    /** Our rebuilt signing string or base must be byte for byte the one Mastodon signs over. */
    private static void checkReconstruction(JsonNode c, IncomingRequest request, SignatureClaim claim) {
        String expected = c.get("signed_string_reconstructed").asText();
        String ours = switch (claim) {
            case CavageSignature cavage -> CavageVerification.signingString(request, cavage,
                    !c.has("note") || !c.get("note").asText().contains("WITHOUT the query"));
            case MessageSignature message -> MessageVerification.signatureBase(request, message);
        };
        assertThat(ours).as(c.get("context").asText()).isEqualTo(expected);
    }

    private static java.util.Optional<FailureReason> expectedReason(String error) {
        FailureReason reason = null;
        if (error.startsWith("Invalid Date header") || error.startsWith("Content-Digest could not be parsed")) {
            reason = FailureReason.MALFORMED;
        } else if (error.startsWith("Signed request date outside")) {
            reason = FailureReason.DATE_TOO_OLD;
        } else if (error.startsWith("Mastodon requires")) {
            reason = FailureReason.MISSING_REQUIRED_COMPONENT;
        } else if (error.startsWith("Invalid Digest value")) {
            reason = FailureReason.BAD_DIGEST;
        }
        return java.util.Optional.ofNullable(reason);
    }

    private static IncomingRequest request(JsonNode c) {
        HeaderMap.Builder headers = HeaderMap.builder();
        c.get("headers").properties().forEach(e -> headers.add(e.getKey(), e.getValue().asText()));
        byte[] body = c.get("body").isNull() ? new byte[0] : c.get("body").asText().getBytes(StandardCharsets.UTF_8);
        return new IncomingRequest(c.get("method").asText(), c.get("path").asText(), headers.build(), body, "https");
    }
}
