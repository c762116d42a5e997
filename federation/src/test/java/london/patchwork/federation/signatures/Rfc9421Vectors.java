package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

/** Checks one RFC 9421 vector: base reconstruction, verification, tampering and (where deterministic) signing. */
final class Rfc9421Vectors {

    private static final SignatureVerifier VECTORS =
            new SignatureVerifier(VerificationPolicy.mastodon().withCoverage(VerificationPolicy.Coverage.NONE));

    private final Path folder;
    private final FixtureKeys keys;

    Rfc9421Vectors(Path folder) {
        this.folder = folder;
        this.keys = new FixtureKeys(folder);
    }

    void check(JsonNode vector) {
        String id = vector.get("id").asText();
        String expectedBase = vector.get("signature_base").asText();
        assertThat(SharedFixtures.read(folder.resolve("signature-bases").resolve(id + ".txt")))
                .as("raw base file of " + id).isEqualTo(expectedBase);
        String keyId = vector.get("keyid").asText();
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromRfc9421Name(vector.get("alg").asText()).orElseThrow();
        byte[] signature = Base64.getDecoder().decode(vector.get("signature_value_b64").asText());
        String label = vector.get("label").isNull() ? "sig1" : vector.get("label").asText();
        String signatureInput = vector.get("signature_input_header").isNull()
                ? label + "=" + expectedBase.substring(expectedBase.lastIndexOf("\"@signature-params\": ") + 21)
                : vector.get("signature_input_header").asText();
        String signatureHeader = vector.get("signature_header").isNull()
                ? label + "=:" + vector.get("signature_value_b64").asText() + ":"
                : vector.get("signature_header").asText();
        String message = vector.has("signed_message") ? vector.get("signed_message").asText()
                : SharedFixtures.read(folder.resolve(vector.get("message").asText() + ".http"));
        if (message.startsWith("HTTP/")) {
            checkResponse(message, signatureInput, signatureHeader, label, expectedBase, algorithm, keyId);
        } else {
            checkRequest(message, signatureInput, signatureHeader, label, expectedBase, algorithm, keyId);
        }
        byte[] base = expectedBase.getBytes(StandardCharsets.UTF_8);
        if (vector.get("deterministic").asBoolean()) {
            assertThat(CryptoEngine.sign(algorithm, keys.signingKey(keyId), base)).as("re-signed " + id).isEqualTo(signature);
        } else {
            byte[] ours = CryptoEngine.sign(algorithm, keys.signingKey(keyId), base);
            assertThat(CryptoEngine.verify(algorithm, keys.verificationKey(keyId).key(), base, ours))
                    .as("our " + algorithm + " signature over " + id).isTrue();
        }
    }

    private void checkRequest(String message, String signatureInput, String signatureHeader, String label,
                              String expectedBase, SignatureAlgorithm algorithm, String keyId) {
        IncomingRequest request = signed(message, signatureInput, signatureHeader);
        MessageSignature claim = (MessageSignature) VECTORS.claim(request, label);
        assertThat(claim.keyId()).isEqualTo(keyId);
        assertThat(MessageVerification.signatureBase(request, claim)).isEqualTo(expectedBase);
        Instant created = claim.created().orElseThrow();
        VerificationResult result = VECTORS.verify(request, claim, keys.verificationKey(keyId), created);
        assertThat(result).isEqualTo(new VerificationResult.Verified(keyId, SignatureScheme.RFC_9421, algorithm));
        byte[] tampered = claim.signatureBytes().clone();
        tampered[tampered.length / 2] ^= 1;
        String tamperedHeader = label + "=:" + Base64.getEncoder().encodeToString(tampered) + ":";
        IncomingRequest forged = signed(message, signatureInput, tamperedHeader);
        SignatureClaim forgedClaim = (SignatureClaim) VECTORS.claim(forged, label);
        assertThat(VECTORS.verify(forged, forgedClaim, keys.verificationKey(keyId), created))
                .extracting(r -> ((VerificationResult.Failed) r).reason()).isEqualTo(FailureReason.WRONG_KEY);
    }

    private void checkResponse(String message, String signatureInput, String signatureHeader, String label,
                               String expectedBase, SignatureAlgorithm algorithm, String keyId) {
        HttpMessages.Response published = HttpMessages.response(message);
        assertThatThrownBy(() -> DigestCheck.checkContentDigest(published.parts().headers(), published.body()))
                .as("RFC 9421's B.2 test-response carries a Content-Digest that does not match its body")
                .isInstanceOf(Rejection.class);
        HttpMessages.Response response = HttpMessages.response(message.replaceFirst(
                "Content-Digest: .*", "Content-Digest: sha-512=:" + sha512(published.body()) + ":"));
        HeaderMap headers = HeaderMap.builder().add("Signature-Input", signatureInput)
                .add("Signature", signatureHeader).build();
        MessageSignature claim = MessageSignatureParser.parse(headers, label);
        String base = SignatureBase.build(response.parts(), claim.components(), claim.signatureParams());
        assertThat(base).isEqualTo(expectedBase);
        assertThat(DigestCheck.checkContentDigest(response.parts().headers(), response.body())).containsExactly("SHA-512");
        assertThat(CryptoEngine.verify(algorithm, keys.verificationKey(keyId).key(),
                base.getBytes(StandardCharsets.UTF_8), claim.signatureBytes())).isTrue();
    }

    private static IncomingRequest signed(String message, String signatureInput, String signature) {
        IncomingRequest request = HttpMessages.request(message, "https");
        return TestRequests.withHeader(TestRequests.withHeader(request, "Signature-Input", signatureInput),
                "Signature", signature);
    }

    private static String sha512(byte[] body) {
        return Base64.getEncoder().encodeToString(Digests.hash("SHA-512", body));
    }
}
