package london.patchwork.server.inbox;

/**
 * What a handler is registered for: an activity type and the kind of its object. {@link #ANY} matches any
 * object; {@link #ACTOR} is the object kind of activities about an actor itself (Update or Delete of an
 * account).
 */
public record ActivityPattern(String activityType, String objectKind) {

    public static final String ANY = "*";
    public static final String ACTOR = "Actor";

    public static ActivityPattern of(String activityType, String objectKind) {
        return new ActivityPattern(activityType, objectKind);
    }

    public static ActivityPattern any(String activityType) {
        return new ActivityPattern(activityType, ANY);
    }

    @Override
    public String toString() {
        return activityType + "(" + objectKind + ")";
    }
}
