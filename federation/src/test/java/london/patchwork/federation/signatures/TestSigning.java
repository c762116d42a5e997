package london.patchwork.federation.signatures;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;

/**
 * Signs hand-written signature parameters (an {@code expires}, several labels, odd components) that
 * the production signers never emit, reusing the verifier's own base construction.
 */
final class TestSigning {

    private static final SignatureVerifier PARSER = new SignatureVerifier();

    private TestSigning() {
    }

    /** Adds {@code Signature-Input: label=innerList} and its signature to an unsigned request. */
    static IncomingRequest signMessage(IncomingRequest unsigned, String label, String innerList, Key key,
                                       SignatureAlgorithm algorithm) {
        IncomingRequest draft = TestRequests.withHeader(
                TestRequests.withHeader(unsigned, "Signature-Input", label + "=" + innerList),
                "Signature", label + "=:AAAA:");
        MessageSignature claim = (MessageSignature) PARSER.claim(draft, label);
        byte[] signature = CryptoEngine.sign(algorithm, key,
                MessageVerification.signatureBase(draft, claim).getBytes(StandardCharsets.UTF_8));
        return TestRequests.withHeader(draft, "Signature", label + "=:" + Base64.getEncoder().encodeToString(signature) + ":");
    }

    /** Adds a draft-cavage {@code Signature} header built from {@code params} (everything but signature=). */
    static IncomingRequest signCavage(IncomingRequest unsigned, String params, Key key, SignatureAlgorithm algorithm) {
        IncomingRequest draft = TestRequests.withHeader(unsigned, "Signature", params + ",signature=\"AAAA\"");
        CavageSignature claim = (CavageSignature) PARSER.claim(draft);
        byte[] signature = CryptoEngine.sign(algorithm, key,
                CavageVerification.signingString(draft, claim, true).getBytes(StandardCharsets.UTF_8));
        return TestRequests.withHeader(unsigned, "Signature",
                params + ",signature=\"" + Base64.getEncoder().encodeToString(signature) + "\"");
    }
}
