package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;

/** Which conversation a post joins: the one its parent is in, whose first post is the root. */
final class Conversations {

    private Conversations() {
    }

    /** The root a reply to {@code parent} takes, or null for a post that starts a conversation. */
    static @Nullable Long rootOf(@Nullable Post parent) {
        if (parent == null) {
            return null;
        }
        return parent.rootId() != null ? parent.rootId() : parent.id();
    }
}
