package london.patchwork.server.http;

/**
 * The roles controllers are secured with. They live in the kernel so that every package can name them; the
 * members capability decides who holds them: the organiser token holds {@link #ORGANISER}, and a signed-in
 * member holds their own role and every role below it (an organiser is also a moderator and a member).
 */
public final class Roles {

    /** Runs the hub: the organiser API, members and roles, and the sensitive management endpoints. */
    public static final String ORGANISER = "ORGANISER";

    /** Keeps the hub civil: the moderation queue, blocks and silences. */
    public static final String MODERATOR = "MODERATOR";

    /** Any signed-in member: writes as their own {@code Person} actor. */
    public static final String MEMBER = "MEMBER";

    private Roles() {
    }
}
