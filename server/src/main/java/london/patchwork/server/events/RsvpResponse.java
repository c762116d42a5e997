package london.patchwork.server.events;

/** What someone answered. */
public enum RsvpResponse {
    GOING, MAYBE, NOT_GOING
}
