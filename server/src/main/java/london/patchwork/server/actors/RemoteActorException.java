package london.patchwork.server.actors;

/** A remote actor or key could not be had, and why. */
public final class RemoteActorException extends Exception {

    /** Why a remote actor or key was not accepted. */
    public enum Reason {
        /** The document could not be fetched (network, status, size, media type, id mismatch). */
        FETCH_FAILED,
        /** The document is not an actor, or misses an inbox or key. */
        NOT_AN_ACTOR,
        /** The actor does not list the key that was used, or the key names another owner. */
        KEY_NOT_LISTED,
        /** The key and its actor live on different hosts. */
        ORIGIN_MISMATCH,
        /** This key failed moments ago; not asked again yet. */
        RECENTLY_FAILED
    }

    private final Reason reason;

    public RemoteActorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RemoteActorException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
