package london.patchwork.server.livinglab;

import java.time.Instant;

/**
 * One request that reached a {@link LabLink}: who sent it, what it asked, and what came back. For a POST to an
 * inbox, the activity's top-level {@code id}, {@code type} and object id, so the lab can tell which delivery it was
 * without asking the hubs.
 *
 * @param at         when the connection was accepted
 * @param link       the link's name (the hub it leads to)
 * @param caller     the caller's origin from its {@code User-Agent} ({@code http://localhost:8081}), or
 *                   {@code unknown}
 * @param status     the upstream's status code; -1 when the link refused the request or the upstream gave none
 * @param elapsedMs  from accepting the connection to the upstream's status line (or the failure), slowness included
 * @param activityId the inbox activity's {@code id}, or null
 * @param activityType its {@code type}, or null
 * @param objectId   its {@code object}'s id (the string, or an embedded object's {@code id}), or null
 */
public record LinkExchange(Instant at, String link, String caller, String method, String path, int status,
                           long elapsedMs, String activityId, String activityType, String objectId) {

    /** The caller origin when a request's {@code User-Agent} names none. */
    public static final String UNKNOWN = "unknown";

    /** True when the link refused it or the upstream never answered. */
    public boolean failed() {
        return status < 0;
    }

    /** True for a POST to an inbox. */
    public boolean inboxPost() {
        return "POST".equals(method) && LinkRequest.pathOnly(path).endsWith("/inbox");
    }
}
