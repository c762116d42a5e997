package london.patchwork.federation.fetch;

/**
 * What a GET asks for: decides the {@code Accept} header sent and the response types accepted.
 */
public enum DocumentKind {

    /**
     * An ActivityStreams object, actor or collection. Accepts {@code application/activity+json} and
     * {@code application/ld+json} with the ActivityStreams profile; {@code application/json} only when
     * the policy says so. The document's {@code id} must be the URL fetched.
     */
    ACTIVITY_PUB(MediaType.ACTIVITY_JSON + ", " + MediaType.LD_JSON_ACTIVITY_STREAMS),

    /**
     * A WebFinger JRD (RFC 7033). Many servers label it {@code application/json}; that is asked for
     * second (as Mastodon does) and accepted.
     */
    WEBFINGER("application/jrd+json, application/json"),

    /** A NodeInfo discovery or schema document; any JSON type is accepted. */
    NODEINFO("application/json"),

    /** Any JSON document. */
    JSON("application/json"),

    /**
     * A picture (a remote post's attachment, to keep a copy of): any {@code image/*} type is accepted. The type is
     * only the peer's word; the caller decides by the bytes what it really is.
     */
    IMAGE("image/jpeg, image/png, image/gif, image/*;q=0.8"),

    /**
     * An iCalendar feed (RFC 5545). Many servers label {@code .ics} files {@code text/plain}; that is accepted too,
     * and the caller's parser decides whether the body is iCalendar.
     */
    ICALENDAR("text/calendar, text/plain;q=0.5");

    private final String accept;

    DocumentKind(String accept) {
        this.accept = accept;
    }

    /** The {@code Accept} header value to send. */
    public String accept() {
        return accept;
    }

    /** Whether a response of this media type is acceptable for this kind under the policy. */
    public boolean accepts(MediaType type, FetchPolicy policy) {
        if (this == IMAGE) {
            return type.type().equals("image");
        }
        if (this == ACTIVITY_PUB) {
            return type.isActivityPub() || (policy.acceptPlainJsonForActivityPub() && type.essence().equals("application/json"));
        }
        if (this == ICALENDAR) {
            return type.essence().equals("text/calendar") || type.essence().equals("text/plain");
        }
        return type.isJson();
    }
}
