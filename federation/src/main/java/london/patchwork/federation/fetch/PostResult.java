package london.patchwork.federation.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a peer answered to a delivery POST. A non-2xx status is a result, not an exception: the
 * delivery queue decides from it whether to retry, and when.
 *
 * @param target       the inbox posted to
 * @param status       the status code (redirects are not followed, so a 3xx shows here)
 * @param bodyExcerpt  the start of the response body as text, at most {@link #EXCERPT_BYTES} bytes,
 *                     control characters replaced, for the operator's error log
 * @param retryAfter   the wait the peer asked for in its {@code Retry-After} header, as delta-seconds
 *                     or an HTTP-date (measured from the response's {@code Date}, or from when it was
 *                     received), at most {@link #MAX_RETRY_AFTER}; empty when the header is absent,
 *                     unparseable or a date in the past. Read whatever the status, but it only means
 *                     "come back later" on 429 and 503, and the delivery queue honours it there only
 */
public record PostResult(URI target, int status, String bodyExcerpt, Optional<Duration> retryAfter) {

    /** How much of a response body is kept for error reporting. */
    public static final int EXCERPT_BYTES = 2048;

    /** The longest {@code Retry-After} believed, 24 hours: a longer one is cut to this. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    /** Checks that {@code retryAfter} is given (empty, not null, when there is none). */
    public PostResult {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A result without a {@code Retry-After}. */
    public PostResult(URI target, int status, String bodyExcerpt) {
        this(target, status, bodyExcerpt, Optional.empty());
    }

    /** 2xx: delivered. */
    public boolean isSuccess() {
        return StatusCodes.isSuccess(status);
    }

    /** A failure that retrying will not fix (see {@link StatusCodes#isPermanentFailure(int)}). */
    public boolean isPermanentFailure() {
        return StatusCodes.isPermanentFailure(status);
    }

    /** 404 or 410: the inbox is gone. */
    public boolean isGone() {
        return status == 404 || status == 410;
    }
}
