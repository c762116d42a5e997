package london.patchwork.server.posts;

import london.patchwork.federation.delivery.PublicAddress;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may see a post, in Mastodon's four levels: public (listed everywhere), unlisted (public but kept off
 * timelines), followers only, and direct (only those mentioned). Mastodon's API calls followers-only
 * "private".
 */
public enum Visibility {
    PUBLIC,
    UNLISTED,
    FOLLOWERS,
    DIRECT;

    public String apiName() {
        return this == FOLLOWERS ? "private" : name().toLowerCase(Locale.ROOT);
    }

    /** Mastodon's API names ({@code public}, {@code unlisted}, {@code private}, {@code direct}). */
    public static Optional<Visibility> fromApiName(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "public" -> Optional.of(PUBLIC);
            case "unlisted" -> Optional.of(UNLISTED);
            case "private" -> Optional.of(FOLLOWERS);
            case "direct" -> Optional.of(DIRECT);
            default -> Optional.empty();
        };
    }

    /** How a received object is addressed tells its visibility, as Mastodon reads it. */
    public static Visibility fromAddressing(List<URI> to, List<URI> cc, URI followersCollection) {
        if (to.stream().anyMatch(PublicAddress::isPublic)) {
            return PUBLIC;
        }
        if (cc.stream().anyMatch(PublicAddress::isPublic)) {
            return UNLISTED;
        }
        if (followersCollection != null && (to.contains(followersCollection) || cc.contains(followersCollection))) {
            return FOLLOWERS;
        }
        return DIRECT;
    }
}
