package london.patchwork.server.livinglab;

import java.util.Map;
import java.util.Objects;

/**
 * Who a lab hub is and how its process is sized.
 *
 * @param username the hub Group actor's username (also names its database, log and media directory)
 * @param name     display name
 * @param summary  one-paragraph description
 * @param area     the borough it serves, or empty (the pan-London Hub has none)
 * @param heapMb   the child JVM's {@code -Xmx} in MiB
 * @param extra    more system properties for the hub (e.g. {@code patchwork.aggregation.shares=true}); they win over
 *                 the lab's own
 */
public record HubSettings(String username, String name, String summary, String area, int heapMb,
                          Map<String, String> extra) {

    /** The heap a hub gets unless told otherwise. */
    public static final int DEFAULT_HEAP_MB = 256;

    public HubSettings {
        Objects.requireNonNull(username, "username");
        if (!username.matches("[a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("a hub's username is 1-30 of a-z, 0-9, _: " + username);
        }
        name = name == null ? username : name;
        summary = summary == null ? "" : summary;
        area = area == null ? "" : area;
        heapMb = heapMb <= 0 ? DEFAULT_HEAP_MB : heapMb;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** A hub with the default heap and no extra properties. */
    public static HubSettings of(String username, String name, String summary, String area) {
        return new HubSettings(username, name, summary, area, DEFAULT_HEAP_MB, Map.of());
    }

    /** The same hub with more system properties. */
    public HubSettings with(String property, String value) {
        Map<String, String> more = new java.util.HashMap<>(extra);
        more.put(property, value);
        return new HubSettings(username, name, summary, area, heapMb, more);
    }
}
