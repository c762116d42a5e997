package london.patchwork.server.moderating;

import java.util.Optional;

/** What a block does, in Mastodon's words: {@code silence} hides from public view, {@code suspend} cuts off. */
public enum Severity {
    SILENCE("silence"),
    SUSPEND("suspend");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Severity> fromKey(String key) {
        for (Severity severity : values()) {
            if (severity.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
