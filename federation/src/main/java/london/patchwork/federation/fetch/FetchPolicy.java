package london.patchwork.federation.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and permissions every outgoing request is held to.
 *
 * <p>The defaults are the production ones: public addresses only, https only, 1 MiB bodies, a 10 s
 * connect timeout, a 30 s total deadline per request (redirects included) and at most 5 redirects.
 * {@link #development(String)} is the "development switch" for a hub run on one machine: it lets
 * plain http and private or loopback addresses through, and nothing else.
 *
 * @param allowPrivateNetworks  let loopback, RFC 1918, CGNAT and unique-local addresses through
 *                              (link-local, multicast, unspecified and reserved ones never are)
 * @param allowPlainHttp        allow {@code http:} targets as well as {@code https:}
 * @param maxBodyBytes          the largest response body read before failing with {@link FetchException.TooLarge}
 * @param connectTimeout        how long one TCP connect may take
 * @param totalDeadline         how long a whole request may take, from resolving the host to the last body
 *                              byte, across every redirect
 * @param maxRedirects          how many redirects a GET may follow
 * @param userAgent             the {@code User-Agent} sent with every request
 * @param acceptPlainJsonForActivityPub accept {@code application/json} as an ActivityPub response type
 *                              (off by default, as in Mastodon)
 */
public record FetchPolicy(
        boolean allowPrivateNetworks,
        boolean allowPlainHttp,
        long maxBodyBytes,
        Duration connectTimeout,
        Duration totalDeadline,
        int maxRedirects,
        String userAgent,
        boolean acceptPlainJsonForActivityPub) {

    /** 1 MiB: large enough for any actor, note or collection page, small enough to hold many in memory. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /** Redirects a GET may follow by default. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    /** Checks that limits are positive and the user agent is printable ASCII. */
    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalDeadline, "totalDeadline");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || totalDeadline.isNegative() || totalDeadline.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("userAgent must be printable ASCII");
        }
    }

    /** The production policy: public https targets only, default limits. */
    public static FetchPolicy defaults(String userAgent) {
        return new FetchPolicy(false, false, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(10),
                Duration.ofSeconds(30), DEFAULT_MAX_REDIRECTS, userAgent, false);
    }

    /** The development switch: as {@link #defaults(String)}, plus plain http and private or loopback addresses. */
    public static FetchPolicy development(String userAgent) {
        return defaults(userAgent).withPrivateNetworks(true).withPlainHttp(true);
    }

    /** A copy that does or does not allow private networks. */
    public FetchPolicy withPrivateNetworks(boolean allow) {
        return new FetchPolicy(allow, allowPlainHttp, maxBodyBytes, connectTimeout, totalDeadline,
                maxRedirects, userAgent, acceptPlainJsonForActivityPub);
    }

    /** A copy that does or does not allow plain http. */
    public FetchPolicy withPlainHttp(boolean allow) {
        return new FetchPolicy(allowPrivateNetworks, allow, maxBodyBytes, connectTimeout, totalDeadline,
                maxRedirects, userAgent, acceptPlainJsonForActivityPub);
    }

    /** A copy with another body cap. */
    public FetchPolicy withMaxBodyBytes(long bytes) {
        return new FetchPolicy(allowPrivateNetworks, allowPlainHttp, bytes, connectTimeout, totalDeadline,
                maxRedirects, userAgent, acceptPlainJsonForActivityPub);
    }

    /** A copy with other timeouts. */
    public FetchPolicy withTimeouts(Duration connect, Duration total) {
        return new FetchPolicy(allowPrivateNetworks, allowPlainHttp, maxBodyBytes, connect, total,
                maxRedirects, userAgent, acceptPlainJsonForActivityPub);
    }

    /** A copy with another redirect limit. */
    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(allowPrivateNetworks, allowPlainHttp, maxBodyBytes, connectTimeout, totalDeadline,
                redirects, userAgent, acceptPlainJsonForActivityPub);
    }

    /** A copy that does or does not take {@code application/json} for an ActivityPub document. */
    public FetchPolicy withPlainJsonForActivityPub(boolean accept) {
        return new FetchPolicy(allowPrivateNetworks, allowPlainHttp, maxBodyBytes, connectTimeout, totalDeadline,
                maxRedirects, userAgent, accept);
    }
}
