package london.patchwork.server.inbox;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox's route table, assembled from every capability's {@link InboxRoutes}. The most specific registration
 * wins ({@code Undo(Follow)} over {@code Undo(*)}); a pattern registered twice, by one capability or two, fails
 * at start-up. An activity nothing is registered for is stored and marked ignored.
 */
@Singleton
public class ActivityRoutes {

    private final Map<ActivityPattern, Routes.Route> table = new HashMap<>();

    public ActivityRoutes(List<InboxRoutes> capabilities) {
        for (InboxRoutes capability : capabilities) {
            Routes routes = new Routes(capabilityOf(capability));
            capability.register(routes);
            routes.routes().forEach(this::add);
        }
    }

    private void add(Routes.Route route) {
        Routes.Route existing = table.putIfAbsent(route.pattern(), route);
        if (existing != null) {
            throw new IllegalStateException("two inbox handlers for " + route.pattern() + ": "
                    + name(existing) + " (" + existing.capability() + ") and " + name(route) + " ("
                    + route.capability() + ")");
        }
    }

    /** The handler for an activity type and object kind: exact match first, then the type's catch-all. */
    public Optional<ActivityHandler> find(String activityType, String objectKind) {
        Routes.Route exact = table.get(ActivityPattern.of(activityType, objectKind));
        Routes.Route route = exact != null ? exact : table.get(ActivityPattern.any(activityType));
        return Optional.ofNullable(route).map(Routes.Route::handler);
    }

    /** Every route, sorted by activity type and object kind, as docs/FEDERATION.md lists them. */
    public List<Routes.Route> table() {
        return table.values().stream()
                .sorted(Comparator.comparing((Routes.Route route) -> route.pattern().activityType())
                        .thenComparing(route -> route.pattern().objectKind()))
                .toList();
    }

    /** The handler's class name, without the proxy suffix Micronaut may add. */
    public static String name(Routes.Route route) {
        String name = route.handler().getClass().getSimpleName();
        int generated = name.indexOf('$');
        return generated > 0 ? name.substring(0, generated) : name;
    }

    private static String capabilityOf(InboxRoutes routes) {
        String name = routes.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
