package london.patchwork.server.events;

/** What the event's organisers say of it, as iCalendar's STATUS and ActivityStreams' eventStatus. */
public enum EventStatus {
    CONFIRMED, TENTATIVE, CANCELLED
}
