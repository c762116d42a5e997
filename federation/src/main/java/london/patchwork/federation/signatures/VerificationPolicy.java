package london.patchwork.federation.signatures;

import java.time.Duration;

/**
 * How strict verification is. {@link #mastodon()} gives Mastodon's rules (app/lib/signed_request.rb):
 * a signature is valid from its {@code created} time (or {@code Date}) until its {@code expires}
 * time, which defaults to five minutes after creation and is capped at twelve hours, with one hour
 * of clock skew allowed at both ends.
 *
 * @param defaultExpiry                expiry assumed when the signature gives none
 * @param maxValidity                  the longest a signature may stay valid whatever it claims
 * @param clockSkew                    tolerance for the sender's clock, applied at both ends
 * @param acceptQuerylessRequestTarget accept a draft-cavage {@code (request-target)} signed without
 *                                     the query string, as older Mastodon versions sign it
 * @param coverage                     which components must be signed
 */
public record VerificationPolicy(Duration defaultExpiry, Duration maxValidity, Duration clockSkew,
                                 boolean acceptQuerylessRequestTarget, Coverage coverage) {

    /** Which parts of a request a signature must cover. */
    public enum Coverage {
        /**
         * The ActivityPub profile (see docs/federation/http-signatures.md): a time ({@code date} or
         * {@code created}), the host, the method and target, and on a POST or any request with a
         * body the digest.
         */
        ACTIVITYPUB,
        /** No requirement beyond what the signature itself lists; for test vectors and diagnostics. */
        NONE
    }

    /** Validates the durations. */
    public VerificationPolicy {
        requirePositive(defaultExpiry, "defaultExpiry");
        requirePositive(maxValidity, "maxValidity");
        Checks.notNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative()) {
            throw new HttpSignatureException("clockSkew must not be negative");
        }
        Checks.notNull(coverage, "coverage");
    }

    /** @return Mastodon's values: 5 minutes default expiry, 12 hours maximum, 1 hour skew */
    public static VerificationPolicy mastodon() {
        return new VerificationPolicy(Duration.ofMinutes(5), Duration.ofHours(12), Duration.ofHours(1),
                true, Coverage.ACTIVITYPUB);
    }

    /**
     * @param newCoverage the coverage rule to apply
     * @return a copy of this policy with another coverage rule
     */
    public VerificationPolicy withCoverage(Coverage newCoverage) {
        return new VerificationPolicy(defaultExpiry, maxValidity, clockSkew, acceptQuerylessRequestTarget, newCoverage);
    }

    private static void requirePositive(Duration duration, String name) {
        Checks.notNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new HttpSignatureException(name + " must be positive");
        }
    }
}
