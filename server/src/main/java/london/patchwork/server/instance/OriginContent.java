package london.patchwork.server.instance;

/**
 * What a capability keeps from one origin ({@code scheme://host[:port]}): when this instance stops joining up with a
 * hub, every implementation forgets that hub's content, so a removed hub takes its content with it.
 */
public interface OriginContent {

    /**
     * Removes everything this capability keeps whose id is on {@code origin}, in the caller's transaction.
     *
     * @return how many items went
     */
    long forget(String origin);
}
