package london.patchwork.server.events;

/** Where the hub put an answer: a place, awaiting an organiser's approval, on the waiting list, or turned down. */
public enum RsvpStanding {
    CONFIRMED, PENDING, WAITING, REJECTED
}
