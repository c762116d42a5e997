package london.patchwork.federation.fetch;

import java.net.URI;

/**
 * What a peer answered to a delivery POST. A non-2xx status is a result, not an exception: the
 * delivery queue decides from it whether to retry.
 *
 * @param target       the inbox posted to
 * @param status       the status code (redirects are not followed, so a 3xx shows here)
 * @param bodyExcerpt  the start of the response body as text, at most {@link #EXCERPT_BYTES} bytes,
 *                     control characters replaced, for the operator's error log
 */
public record PostResult(URI target, int status, String bodyExcerpt) {

    /** How much of a response body is kept for error reporting. */
    public static final int EXCERPT_BYTES = 2048;

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
