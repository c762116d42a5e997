package london.patchwork.federation.vocab;

/**
 * Event extensions Mobilizon, Gancio and FEP-8a8e use; start, end and place are the common
 * {@link ObjectFields#startTime()}, {@link ObjectFields#endTime()} and {@link ObjectFields#location()}.
 *
 * @param timezone                      IANA zone the event is planned in, e.g. {@code Europe/London}
 * @param joinMode                      Mobilizon: {@code free}, {@code restricted}, {@code invite}
 * @param isOnline                      whether it happens online
 * @param category                      Mobilizon category, e.g. {@code SPORTS}
 * @param maximumAttendeeCapacity       schema.org capacity (0 or null: unlimited)
 * @param remainingAttendeeCapacity     schema.org places left
 * @param participantCount              Mobilizon: how many have joined
 * @param status                        iCalendar status ({@code ical:status}): {@code CONFIRMED}, {@code TENTATIVE}, {@code CANCELLED}
 * @param commentsEnabled               PeerTube/Mobilizon: whether comments are open
 * @param anonymousParticipationEnabled Mobilizon: whether people without an account may join
 * @param uuid                          Mobilizon's identifier ({@code schema:identifier})
 * @param eventStatus                   schema.org's status as an IRI, e.g. {@code https://schema.org/EventCancelled}
 *                                      (FEP-8a8e); Mobilizon sends {@link #status()} instead
 */
public record EventFields(String timezone, String joinMode, Boolean isOnline, String category,
                          Integer maximumAttendeeCapacity, Integer remainingAttendeeCapacity,
                          Integer participantCount, String status, Boolean commentsEnabled,
                          Boolean anonymousParticipationEnabled, String uuid,
                          String eventStatus) {

    /** Nothing set. */
    public static final EventFields EMPTY = new EventFields(null, null, null, null, null, null, null, null, null, null, null,
            null);
}
