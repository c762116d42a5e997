package london.patchwork.federation.nodeinfo;

/** A NodeInfo or discovery document without the shape it needs. */
public final class NodeInfoException extends Exception {

    /**
     * Creates the error.
     *
     * @param message what is wrong
     */
    public NodeInfoException(String message) {
        super(message);
    }
}
