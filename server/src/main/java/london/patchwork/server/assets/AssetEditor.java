package london.patchwork.server.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

/**
 * Who is changing an asset: a member (by their local actor id) or the organiser token (no actor: it acts as the
 * hub's Group). Whoever added an asset may change it; moderators and organisers may change any.
 */
public record AssetEditor(@Nullable Long actorId, boolean moderator) {

    public static AssetEditor of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return new AssetEditor(null, false);
        }
        var roles = authentication.getRoles();
        return new AssetEditor(Viewers.actorId(authentication).orElse(null),
                roles.contains(Roles.MODERATOR) || roles.contains(Roles.ORGANISER));
    }

    public boolean mayChange(Asset asset) {
        return asset.uri() == null && (moderator || actorId != null && actorId == asset.createdBy());
    }

    /** Whether the asset may be shown to this person though it is not listed yet. */
    public boolean maySee(Asset asset) {
        return asset.listed() || moderator || actorId != null && actorId == asset.createdBy();
    }
}
