package london.patchwork.server.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link InboxRoutes} registers with: an activity type and the kind of its object, mapped to the one
 * handler that applies it. The kind is the object's ActivityStreams type (embedded, stored here, or fetched from
 * its origin), {@link ActivityPattern#ACTOR} for an activity about its own actor, or any kind at all.
 */
public final class Routes {

    /** One registration, with the capability that made it (the package of its {@link InboxRoutes}). */
    public record Route(ActivityPattern pattern, ActivityHandler handler, String capability) {
    }

    private final String capability;
    private final List<Route> routes = new ArrayList<>();

    Routes(String capability) {
        this.capability = capability;
    }

    /** {@code activityType} of an object of {@code objectKind}, e.g. {@code on("Create", "Note", createPost)}. */
    public Routes on(String activityType, String objectKind, ActivityHandler handler) {
        routes.add(new Route(ActivityPattern.of(activityType, objectKind), handler, capability));
        return this;
    }

    /** {@code activityType} of any object that no more specific route takes. */
    public Routes onAny(String activityType, ActivityHandler handler) {
        return on(activityType, ActivityPattern.ANY, handler);
    }

    /** {@code activityType} whose object is the sending actor itself (Update or Delete of an account). */
    public Routes onActor(String activityType, ActivityHandler handler) {
        return on(activityType, ActivityPattern.ACTOR, handler);
    }

    List<Route> routes() {
        return routes;
    }
}
