package london.patchwork.server.livinglab;

/**
 * Told of every request a {@link LabLink} handles, from the link's own threads: implementations must be
 * thread-safe and quick (they run before the response is passed on).
 */
@FunctionalInterface
public interface LinkObserver {

    /** Ignores everything. */
    LinkObserver NONE = exchange -> {
    };

    void exchanged(LinkExchange exchange);
}
