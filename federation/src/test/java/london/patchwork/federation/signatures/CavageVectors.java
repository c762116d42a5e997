package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;

/** Checks the draft-cavage-12 appendix C vectors and the §4.1.1 hs2019 example. */
final class CavageVectors {

    private static final SignatureVerifier VECTORS =
            new SignatureVerifier(VerificationPolicy.mastodon().withCoverage(VerificationPolicy.Coverage.NONE));
    private static final Instant SIGNED_AT = Instant.parse("2014-01-05T21:31:40Z");

    private final Path folder;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    CavageVectors(Path folder) {
        this.folder = folder;
        this.publicKey = PemKeys.parsePublicKey(SharedFixtures.read(folder.resolve("test-key.public.pem")));
        this.privateKey = PemKeys.parsePrivateKey(SharedFixtures.read(folder.resolve("test-key.private.pem")));
    }

    /** C.1 and C.2: the signing string is rebuilt exactly, the signature verifies and re-signing reproduces it. */
    void checkValid(JsonNode vector) {
        String authorization = vector.get("authorization_header").asText();
        check(request("Authorization", authorization), vector.get("signing_string").asText());
        if (vector.has("signature_header")) {
            check(request("Signature", vector.get("signature_header").asText()), vector.get("signing_string").asText());
        }
    }

    /** C.3 lists (created) with rsa-sha256, which draft-12 forbids: the verifier must refuse it. */
    void checkAllHeaders(JsonNode vector) {
        IncomingRequest request = request("Signature", vector.get("signature_header").asText());
        CavageSignature claim = (CavageSignature) VECTORS.claim(request);
        assertThat(VECTORS.verify(request, claim, publicKey, SIGNED_AT))
                .isEqualTo(new VerificationResult.Failed(FailureReason.MALFORMED,
                        "(created) and (expires) are not allowed with rsa-sha256"));
        byte[] printed = vector.get("signing_string_as_printed").asText().getBytes(StandardCharsets.UTF_8);
        byte[] perParam = vector.get("signing_string_per_headers_param").asText().getBytes(StandardCharsets.UTF_8);
        assertThat(CryptoEngine.verify(SignatureAlgorithm.RSA_V1_5_SHA256, publicKey, printed, claim.signatureBytes()))
                .as("the vector's signature is over the printed string").isTrue();
        assertThat(CryptoEngine.verify(SignatureAlgorithm.RSA_V1_5_SHA256, publicKey, perParam, claim.signatureBytes()))
                .as("and not over the string its headers parameter implies").isFalse();
    }

    /**
     * §4.1.1 gives no signature value, so sign its hs2019 header's parameter set ourselves and check
     * that the string contains every printed line, with the date line the printed one leaves out.
     */
    void checkHs2019Example(JsonNode example) {
        IncomingRequest unsigned = HttpMessages.request(example.get("request").asText(), "https");
        String header = example.get("signature_header").asText().replace("Base64(RSA-SHA256(signing string))", "AAAA");
        CavageSignature template = (CavageSignature) VECTORS.claim(TestRequests.withHeader(unsigned, "Signature", header));
        String ours = CavageVerification.signingString(unsigned, template, true);
        for (String line : example.get("signing_string").asText().split("\n")) {
            assertThat(ours).contains(line);
        }
        assertThat(ours).contains("date: Tue, 07 Jun 2014 20:51:35 GMT");
        String signature = Base64.getEncoder().encodeToString(CryptoEngine.sign(SignatureAlgorithm.RSA_V1_5_SHA256,
                privateKey, ours.getBytes(StandardCharsets.UTF_8)));
        IncomingRequest signed = TestRequests.withHeader(unsigned, "Signature",
                header.replace("AAAA", signature));
        Instant created = Instant.ofEpochSecond(Long.parseLong(template.created().orElseThrow()));
        assertThat(VECTORS.verify(signed, VerificationKey.of(publicKey), created)).isEqualTo(
                new VerificationResult.Verified("rsa-key-1", SignatureScheme.DRAFT_CAVAGE_12, SignatureAlgorithm.RSA_V1_5_SHA256));
        assertThat(VECTORS.verify(signed, VerificationKey.of(publicKey), created.plusSeconds(2 * 3600)))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.EXPIRED);
    }

    private void check(IncomingRequest request, String signingString) {
        CavageSignature claim = (CavageSignature) VECTORS.claim(request);
        assertThat(claim.keyId()).isEqualTo("Test");
        assertThat(CavageVerification.signingString(request, claim, true)).isEqualTo(signingString);
        assertThat(VECTORS.verify(request, claim, publicKey, SIGNED_AT)).isEqualTo(new VerificationResult.Verified(
                "Test", SignatureScheme.DRAFT_CAVAGE_12, SignatureAlgorithm.RSA_V1_5_SHA256));
        byte[] again = CryptoEngine.sign(SignatureAlgorithm.RSA_V1_5_SHA256, privateKey,
                signingString.getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(claim.signatureBytes());
    }

    private IncomingRequest request(String header, String value) {
        IncomingRequest unsigned = HttpMessages.request(SharedFixtures.read(folder.resolve("request.http")), "https");
        return TestRequests.withHeader(unsigned, header, value);
    }
}
