package london.patchwork.server.inbox;

/**
 * What a handler did with an activity, kept on the inbox row for operators.
 *
 * @param applied false when the activity was valid but changed nothing here (not addressed to us, unknown
 *                object, a duplicate)
 */
public record HandlerOutcome(boolean applied, String detail) {

    public static HandlerOutcome applied(String detail) {
        return new HandlerOutcome(true, detail);
    }

    public static HandlerOutcome ignored(String reason) {
        return new HandlerOutcome(false, reason);
    }
}
