package london.patchwork.federation.signatures;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the HTTP signature of an incoming request, in two steps so that a server can fetch the
 * signer's key in between:
 *
 * <pre>{@code
 * switch (verifier.claim(request)) {
 *     case SignatureClaim claim -> {
 *         PublicKey key = keys.fetch(claim.keyId());            // the server's cache or a signed GET
 *         VerificationResult result = verifier.verify(request, claim, key, clock.instant());
 *     }
 *     case VerificationResult.Failed failed -> reject(failed);
 * }
 * }</pre>
 *
 * <p>Both draft-cavage-12 and RFC 9421 are understood; a request with {@code Signature-Input} is
 * read as RFC 9421. Ordinary failures are returned, never thrown. Instances are immutable and
 * thread-safe.
 */
public final class SignatureVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureVerifier.class);

    private final VerificationPolicy policy;

    /** A verifier with {@link VerificationPolicy#mastodon()}. */
    public SignatureVerifier() {
        this(VerificationPolicy.mastodon());
    }

    /**
     * @param policy time window and coverage rules
     */
    public SignatureVerifier(VerificationPolicy policy) {
        this.policy = Checks.notNull(policy, "policy");
    }

    /** @return the policy in force */
    public VerificationPolicy policy() {
        return policy;
    }

    /**
     * Step one: which scheme and key the request claims. For RFC 9421 with several signatures, the
     * first label in {@code Signature-Input} is taken.
     *
     * @param request the received request
     * @return the claim, or why the request has none
     */
    public ClaimOutcome claim(IncomingRequest request) {
        return claim(request, null);
    }

    /**
     * Step one for a chosen RFC 9421 label.
     *
     * @param request the received request
     * @param label   the {@code Signature-Input} label to read, or {@code null} for the first
     * @return the claim, or why the request has none
     */
    public ClaimOutcome claim(IncomingRequest request, String label) {
        Checks.notNull(request, "request");
        return guarded(() -> parse(request.headers(), label), failed -> failed, "a request");
    }

    private static ClaimOutcome parse(HeaderMap headers, String label) {
        if (headers.contains("signature-input")) {
            return MessageSignatureParser.parse(headers, label);
        }
        List<String> signature = headers.all("signature");
        if (signature.size() > 1) {
            return new VerificationResult.Failed(FailureReason.MALFORMED, "more than one Signature header");
        }
        if (signature.size() == 1) {
            return CavageParser.parse(signature.getFirst());
        }
        String authorization = headers.first("authorization").orElse("");
        if (authorization.regionMatches(true, 0, "Signature ", 0, "Signature ".length())) {
            return CavageParser.parse(authorization);
        }
        return new VerificationResult.Failed(FailureReason.MISSING_SIGNATURE, "Request not signed");
    }

    /**
     * Step two: verify the claimed signature with the signer's key at the given instant.
     *
     * @param request the received request, the same one the claim came from
     * @param claim   the claim from {@link #claim}
     * @param key     the signer's key
     * @param now     the current time (a parameter so that tests and replays can fix it)
     * @return verified, or the reason for refusal
     */
    public VerificationResult verify(IncomingRequest request, SignatureClaim claim, VerificationKey key, Instant now) {
        Checks.notNull(request, "request");
        Checks.notNull(claim, "claim");
        Checks.notNull(key, "key");
        Checks.notNull(now, "now");
        return guarded(() -> switch (claim) {
            case CavageSignature cavage -> CavageVerification.verify(request, cavage, key, now, policy);
            case MessageSignature message -> MessageVerification.verify(request, message, key, now, policy);
        }, failed -> failed, claim.keyId());
    }

    /**
     * Step two with a public key whose type decides the algorithm.
     *
     * @param request the received request
     * @param claim   the claim from {@link #claim}
     * @param key     the signer's public key (RSA, P-256 or Ed25519)
     * @param now     the current time
     * @return verified, or the reason for refusal
     */
    public VerificationResult verify(IncomingRequest request, SignatureClaim claim, PublicKey key, Instant now) {
        return verify(request, claim, VerificationKey.of(key), now);
    }

    /**
     * Runs a step, turning its rejection into a failure. An unexpected exception is a bug, not a
     * verdict on the request; but nothing a peer sends may crash the inbox, so it also becomes a
     * refusal, with a loud log line.
     */
    private static <T> T guarded(Supplier<? extends T> step, Function<VerificationResult.Failed, T> failure, String source) {
        try {
            return step.get();
        } catch (Rejection rejection) {
            return failure.apply(rejection.toFailure());
        } catch (RuntimeException unexpected) {
            LOG.warn("unexpected error while checking the signature of {}", source, unexpected);
            return failure.apply(new VerificationResult.Failed(FailureReason.MALFORMED,
                    "could not verify: " + unexpected.getClass().getSimpleName()));
        }
    }

    /**
     * Both steps at once, for a caller that already holds the key.
     *
     * @param request the received request
     * @param key     the expected signer's key
     * @param now     the current time
     * @return verified, or the reason for refusal
     */
    public VerificationResult verify(IncomingRequest request, VerificationKey key, Instant now) {
        return switch (claim(request)) {
            case SignatureClaim claim -> verify(request, claim, key, now);
            case VerificationResult.Failed failed -> failed;
        };
    }
}
