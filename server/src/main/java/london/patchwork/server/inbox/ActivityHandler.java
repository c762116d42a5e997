package london.patchwork.server.inbox;

/**
 * Applies one kind of activity. Each runs inside the inbox worker's transaction, together with marking the
 * activity done, so an activity is applied exactly once even when it is delivered twice.
 */
public interface ActivityHandler {

    /**
     * @throws RetryLater when the activity can't be applied now but may later (its object's origin is down)
     */
    HandlerOutcome handle(InboundActivity inbound) throws RetryLater;

    /** A passing failure: the worker tries the activity again later, a bounded number of times. */
    final class RetryLater extends Exception {
        public RetryLater(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
