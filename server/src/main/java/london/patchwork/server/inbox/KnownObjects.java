package london.patchwork.server.inbox;

import java.net.URI;
import java.util.Optional;

/**
 * What a capability holds, by id: each capability that stores objects (posts, later events, assets) provides one,
 * so that an activity naming an object only by its id ({@code Delete}, {@code Like}, {@code Undo}) is routed by the
 * stored object's type without the inbox knowing any capability.
 */
public interface KnownObjects {

    /** The ActivityStreams type of the object or activity with this id, if this capability holds it. */
    Optional<String> typeOf(URI id);
}
