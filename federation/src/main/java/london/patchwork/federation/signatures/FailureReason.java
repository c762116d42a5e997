package london.patchwork.federation.signatures;

/** Why a request's signature was not accepted. A server maps these to 401 (or 400 for MALFORMED). */
public enum FailureReason {
    /** The request carries no {@code Signature} header (nor {@code Authorization: Signature}). */
    MISSING_SIGNATURE,
    /** A header or component the signature covers is absent from the request. */
    MISSING_HEADER,
    /** The signature headers, a covered component, {@code Date} or {@code Content-Digest} cannot be parsed. */
    MALFORMED,
    /** The request has a body (or is a POST) but neither {@code Digest} nor {@code Content-Digest}. */
    DIGEST_MISSING,
    /** The digest does not match the body bytes, or names no supported hash. */
    BAD_DIGEST,
    /** The signature's explicit {@code expires} time has passed (beyond the clock-skew margin). */
    EXPIRED,
    /** The signature was created in the future (beyond the clock-skew margin). */
    NOT_YET_VALID,
    /** {@code created} or {@code Date} is older than the default expiry allows. */
    DATE_TOO_OLD,
    /** The signature names an algorithm this library does not implement. */
    UNKNOWN_ALGORITHM,
    /** The signature's algorithm cannot be used with the supplied key's type (or its pinned algorithm). */
    ALGORITHM_KEY_MISMATCH,
    /** The signature does not verify with the supplied key: wrong key, or a changed request. */
    WRONG_KEY,
    /** The signature verifies in form but does not cover what the policy requires (digest, host, date...). */
    MISSING_REQUIRED_COMPONENT
}
