package london.patchwork.federation.signatures;

import java.time.Instant;

/**
 * Mastodon's freshness rule (app/lib/signed_request.rb, {@code matches_time_window?}): the
 * signature expires at its {@code expires} time or, without one, {@code defaultExpiry} after its
 * creation, never later than {@code maxValidity} after creation; both ends get {@code clockSkew}.
 */
final class TimeWindow {

    private TimeWindow() {
    }

    /**
     * @param created when the signature was made ({@code created} or {@code Date}), or null
     * @param expires the signature's explicit expiry, or null
     */
    static void check(Instant created, Instant expires, Instant now, VerificationPolicy policy) {
        if (created != null && created.isAfter(now.plus(policy.clockSkew()))) {
            throw new Rejection(FailureReason.NOT_YET_VALID,
                    "Signed request date " + created + " is in the future beyond the allowed clock skew");
        }
        Instant deadline = expires;
        boolean explicit = expires != null;
        if (created != null) {
            Instant cap = created.plus(policy.maxValidity());
            if (deadline == null) {
                deadline = created.plus(policy.defaultExpiry());
            }
            if (deadline.isAfter(cap)) {
                deadline = cap;
                explicit = false;
            }
        }
        if (deadline != null && now.isAfter(deadline.plus(policy.clockSkew()))) {
            throw explicit
                    ? new Rejection(FailureReason.EXPIRED, "Signature expired at " + deadline)
                    : new Rejection(FailureReason.DATE_TOO_OLD,
                            "Signed request date outside acceptable time window (created " + created + ")");
        }
    }
}
