package london.patchwork.server.events;

/** How often a recurring event repeats (RRULE's FREQ), every {@code recurrenceInterval} weeks or months. */
public enum RecurrenceFrequency {
    WEEKLY, MONTHLY
}
