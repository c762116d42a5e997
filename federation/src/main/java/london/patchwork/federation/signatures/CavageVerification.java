package london.patchwork.federation.signatures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The verification steps for a draft-cavage-12 signature, in Mastodon's order. */
final class CavageVerification {

    private static final String HS2019 = "hs2019";

    private CavageVerification() {
    }

    static VerificationResult.Verified verify(IncomingRequest request, CavageSignature signature, VerificationKey key,
                                              Instant now, VerificationPolicy policy) {
        SignatureAlgorithm algorithm = algorithm(signature, key);
        boolean hs2019 = signature.effectiveAlgorithm().equals(HS2019);
        List<String> covered = signature.coveredHeaders();
        if (!hs2019 && (covered.contains("(created)") || covered.contains("(expires)"))) {
            throw new Rejection(FailureReason.MALFORMED,
                    "(created) and (expires) are not allowed with " + signature.effectiveAlgorithm());
        }
        TimeWindow.check(createdTime(request, signature, hs2019), signature.expires().map(s -> seconds(s, "expires"))
                .orElse(null), now, policy);
        if (policy.coverage() == VerificationPolicy.Coverage.ACTIVITYPUB) {
            if (Coverage.needsDigest(request) && !request.headers().contains("digest")) {
                throw new Rejection(FailureReason.DIGEST_MISSING, "a request with a body needs a Digest header");
            }
            Coverage.checkCavage(covered, request);
        }
        if (covered.contains("digest")) {
            DigestCheck.checkDigest(request.headers(), request.body());
        }
        if (matches(request, signature, algorithm, key, true)
                || (policy.acceptQuerylessRequestTarget() && request.target().indexOf('?') >= 0
                        && covered.contains(CavageSigningString.REQUEST_TARGET)
                        && matches(request, signature, algorithm, key, false))) {
            return new VerificationResult.Verified(signature.keyId(), SignatureScheme.DRAFT_CAVAGE_12, algorithm);
        }
        throw new Rejection(FailureReason.WRONG_KEY,
                "Verification failed for " + signature.keyId() + " using " + algorithm.rfc9421Name());
    }

    /** The signing string the verifier reconstructs, with the query string in {@code (request-target)}. */
    static String signingString(IncomingRequest request, CavageSignature signature, boolean withQuery) {
        return CavageSigningString.build(request.method(), request.target(), request.headers(),
                signature.coveredHeaders(), signature.created().orElse(null), signature.expires().orElse(null),
                withQuery);
    }

    private static boolean matches(IncomingRequest request, CavageSignature signature, SignatureAlgorithm algorithm,
                                   VerificationKey key, boolean withQuery) {
        byte[] data = signingString(request, signature, withQuery).getBytes(StandardCharsets.UTF_8);
        return CryptoEngine.verify(algorithm, key.key(), data, signature.signatureBytes());
    }

    /**
     * {@code rsa-sha256} means PKCS#1 v1.5 with an RSA key. {@code hs2019} leaves the choice to the
     * key: RSA (PKCS#1 v1.5 as Mastodon signs it, unless the key is pinned to PSS) or Ed25519.
     */
    private static SignatureAlgorithm algorithm(CavageSignature signature, VerificationKey key) {
        String name = signature.effectiveAlgorithm();
        Optional<SignatureAlgorithm> pinned = key.pinnedAlgorithm();
        SignatureAlgorithm algorithm = switch (name) {
            case "rsa-sha256" -> SignatureAlgorithm.RSA_V1_5_SHA256;
            case HS2019 -> switch (key.kind()) {
                case RSA -> pinned.orElse(SignatureAlgorithm.RSA_V1_5_SHA256);
                case ED25519 -> SignatureAlgorithm.ED25519;
                default -> throw mismatch(name, key);
            };
            default -> throw new Rejection(FailureReason.UNKNOWN_ALGORITHM,
                    "Unsupported signature algorithm " + name + " (only rsa-sha256 and hs2019 are supported)");
        };
        if (algorithm.keyKind() != key.kind() || pinned.map(p -> p != algorithm).orElse(false)) {
            throw mismatch(name, key);
        }
        return algorithm;
    }

    private static Rejection mismatch(String name, VerificationKey key) {
        return new Rejection(FailureReason.ALGORITHM_KEY_MISMATCH,
                "algorithm " + name + " cannot be verified with a " + key.key().getAlgorithm() + " key");
    }

    private static Instant createdTime(IncomingRequest request, CavageSignature signature, boolean hs2019) {
        if (hs2019 && signature.created().isPresent()) {
            return seconds(signature.created().get(), "created");
        }
        Optional<String> date = request.headers().first("date");
        if (date.isEmpty()) {
            return null;
        }
        return HttpDates.parse(date.get()).orElseThrow(() -> new Rejection(FailureReason.MALFORMED,
                "Invalid Date header: not RFC 2616 compliant date: \"" + date.get() + "\""));
    }

    private static Instant seconds(String value, String name) {
        if (!value.matches("\\d{1,15}(\\.\\d{1,9})?")) {
            throw new Rejection(FailureReason.MALFORMED, "the " + name + " parameter is not a Unix time: " + value);
        }
        BigDecimal decimal = new BigDecimal(value);
        long whole = decimal.longValue();
        int nanos = decimal.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
