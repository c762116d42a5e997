package london.patchwork.server.http;

/**
 * The roles controllers are secured with. They live in the kernel so that every package can name them; the
 * members capability decides who holds them (the organiser token today, signed-in members later).
 */
public final class Roles {

    /** Runs the hub: the organiser API and the sensitive management endpoints. */
    public static final String ORGANISER = "ORGANISER";

    private Roles() {
    }
}
