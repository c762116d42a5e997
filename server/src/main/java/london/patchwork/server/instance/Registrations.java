package london.patchwork.server.instance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Whether people may sign up without an invitation ({@code patchwork.hub.registrations}, or
 * {@code PATCHWORK_HUB_REGISTRATIONS}): {@code closed} (the default: invitations only), {@code approval} (anyone may
 * ask; an organiser approves each account) or {@code open}.
 */
@Singleton
public class Registrations {

    /** The three settings. */
    public enum Mode { CLOSED, APPROVAL, OPEN }

    private final Mode mode;

    public Registrations(@Value("${patchwork.hub.registrations:closed}") String setting) {
        this.mode = parse(setting);
    }

    public Mode mode() {
        return mode;
    }

    /** Whether anyone may sign up at all (NodeInfo's {@code openRegistrations}). */
    public boolean open() {
        return mode != Mode.CLOSED;
    }

    static Mode parse(String setting) {
        String value = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
        for (Mode candidate : Mode.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalStateException("patchwork.hub.registrations must be closed, approval or open, not \""
                + setting + "\"");
    }
}
