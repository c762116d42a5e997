package london.patchwork.server.actors;

import java.util.List;

/**
 * Supplies profile fields for local actors. The kernel draws the actor document and the Mastodon Account; the
 * capability that owns a field (members: community roles and a member's own fields) implements this, so the kernel
 * never imports it.
 */
public interface ProfileFieldSource {

    /** The fields this source shows for a local actor, in order; empty when it has none. */
    List<ProfileField> fieldsOf(Actor actor);
}
