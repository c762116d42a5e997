package london.patchwork.server.guides;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.http.Roles;

/** What the person asking may do in the wiki: members write, moderators (and so organisers) delete. */
final class GuideVisitor {

    private GuideVisitor() {
    }

    static boolean isMember(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MEMBER);
    }

    static boolean isModerator(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(Roles.MODERATOR);
    }
}
