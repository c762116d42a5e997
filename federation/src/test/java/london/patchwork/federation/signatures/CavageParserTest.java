package london.patchwork.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Robust reading of the draft-cavage Signature header, as peers actually send it. */
class CavageParserTest {

    private static final SignatureVerifier VERIFIER = new SignatureVerifier();

    @Test
    void parametersInAnyOrderWithSpacesAndUnknownOnes() {
        CavageSignature claim = claim(" signature = \"AQID\" ,  headers=\"(request-target) Host DATE\", "
                + "foo=\"ignored\",algorithm=\"RSA-SHA256\",  keyId=\"https://a.example/actor#main-key\" ");

        assertThat(claim.keyId()).isEqualTo("https://a.example/actor#main-key");
        assertThat(claim.declaredAlgorithm()).contains("rsa-sha256");
        assertThat(claim.coveredHeaders()).containsExactly("(request-target)", "host", "date");
        assertThat(claim.signatureBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void quotedValuesKeepEscapedCharactersAndTokensNeedNoQuotes() {
        CavageSignature claim = claim("keyId=\"a\\\"b,c\",algorithm=\"hs2019\",created=1402170695,expires=1402170699.5,"
                + "headers=\"(created)\",signature=\"AQID\"");

        assertThat(claim.keyId()).isEqualTo("a\"b,c");
        assertThat(claim.created()).contains("1402170695");
        assertThat(claim.expires()).contains("1402170699.5");
    }

    @Test
    void headersDefaultToDateOrToCreatedForHs2019WithCreated() {
        assertThat(claim("keyId=\"k\",algorithm=\"rsa-sha256\",signature=\"AQID\"").coveredHeaders()).containsExactly("date");
        assertThat(claim("keyId=\"k\",signature=\"AQID\"").coveredHeaders()).containsExactly("date");
        assertThat(claim("keyId=\"k\",created=1,signature=\"AQID\"").coveredHeaders()).containsExactly("(created)");
        assertThat(claim("keyId=\"k\",created=1,signature=\"AQID\"").effectiveAlgorithm()).isEqualTo("hs2019");
    }

    @Test
    void caseOfParameterNamesDoesNotMatterAndTheSchemePrefixIsTolerated() {
        CavageSignature claim = claim("Signature KEYID=\"k\",Signature=\"AQID\"");

        assertThat(claim.keyId()).isEqualTo("k");
    }

    @Test
    void authorizationHeaderIsReadWhenThereIsNoSignatureHeader() {
        IncomingRequest request = new IncomingRequest("GET", "/", HeaderMap.ofSingle(
                Map.of("Authorization", "Signature keyId=\"k\",signature=\"AQID\"")), null);

        assertThat(VERIFIER.claim(request)).isInstanceOfSatisfying(CavageSignature.class,
                claim -> assertThat(claim.keyId()).isEqualTo("k"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "keyId=\"k\"", "signature=\"AQID\"", "keyId=\"\",signature=\"AQID\"",
        "keyId=\"k\",keyId=\"j\",signature=\"AQID\"", "keyId=\"k,signature=\"AQID\"", "keyId=\"k\" signature=\"AQID\"",
        "keyId \"k\",signature=\"AQID\"", "keyId=\"k\",signature=\"not base64!\"", "=\"k\",signature=\"AQID\"",
        "keyId=\"k\",signature=\"AQID\",headers=\"  \"", "keyId=k\"x\",signature=\"AQID\""
    })
    void malformedHeadersAreRefusedAsMalformed(String header) {
        IncomingRequest request = new IncomingRequest("GET", "/", HeaderMap.ofSingle(Map.of("Signature", header)), null);

        assertThat(VERIFIER.claim(request)).isInstanceOfSatisfying(VerificationResult.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(FailureReason.MALFORMED));
    }

    @Test
    void twoSignatureHeadersAreAmbiguous() {
        IncomingRequest request = new IncomingRequest("GET", "/", HeaderMap.builder()
                .add("Signature", "keyId=\"a\",signature=\"AQID\"").add("Signature", "keyId=\"b\",signature=\"AQID\"").build(), null);

        assertThat(VERIFIER.claim(request)).isEqualTo(
                new VerificationResult.Failed(FailureReason.MALFORMED, "more than one Signature header"));
    }

    @Test
    void requestWithoutAnySignatureSaysSo() {
        IncomingRequest request = new IncomingRequest("GET", "/", HeaderMap.ofSingle(Map.of("Authorization", "Bearer x")), null);

        assertThat(VERIFIER.claim(request)).isEqualTo(
                new VerificationResult.Failed(FailureReason.MISSING_SIGNATURE, "Request not signed"));
    }

    private static CavageSignature claim(String header) {
        IncomingRequest request = new IncomingRequest("GET", "/", HeaderMap.ofSingle(Map.of("Signature", header)), null);
        ClaimOutcome outcome = VERIFIER.claim(request);
        assertThat(outcome).isInstanceOf(CavageSignature.class);
        return (CavageSignature) outcome;
    }
}
