package london.patchwork.server.moderation;

/**
 * Suspending a local account: it can no longer sign in and its open sessions end. The members capability
 * provides it; moderation only asks.
 */
public interface AccountSuspension {

    /**
     * @param actorId the member's local actor id
     * @return false when no member has that actor
     */
    boolean suspend(long actorId);

    /** Lifts a suspension; false when no member has that actor. */
    boolean unsuspend(long actorId);
}
