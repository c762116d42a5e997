package london.patchwork.server.members;

import java.util.Locale;
import java.util.Optional;

/** What a member may do on their hub; community roles (adviser, service user…) are a separate, shown attribute. */
public enum MemberRole {
    ORGANISER, MODERATOR, MEMBER;

    /** The name stored and used in the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MemberRole> fromKey(String key) {
        for (MemberRole role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
