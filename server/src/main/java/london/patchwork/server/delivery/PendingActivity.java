package london.patchwork.server.delivery;

/**
 * An activity claimed for fan-out: its recipients are not yet turned into delivery jobs.
 *
 * @param raw the stored activity JSON
 */
public record PendingActivity(long id, String uri, long actorId, String raw) {
}
