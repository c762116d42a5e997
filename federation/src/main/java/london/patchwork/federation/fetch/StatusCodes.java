package london.patchwork.federation.fetch;

/**
 * How HTTP status codes read for retries, shared by GET failures and delivery POST results.
 */
public final class StatusCodes {

    private StatusCodes() {
    }

    /** 2xx. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /**
     * Whether a failure with this status will not go away by retrying: 4xx except 401 (the peer may
     * have a stale copy of our key and refetch it), 408 (its timeout) and 429 (rate limited), plus
     * 501. Mastodon draws the same line for its delivery retries.
     */
    public static boolean isPermanentFailure(int status) {
        if (status == 501) {
            return true;
        }
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    }

    /** 301, 302, 303, 307, 308: a redirect a GET follows. */
    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
