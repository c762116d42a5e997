package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;

import java.util.List;
import java.util.Optional;

/** The member directory: listed members, filtered by community role, a page at a time. */
@Singleton
public class MemberDirectory {

    public static final int PAGE = 40;

    private final DirectoryRepository directory;
    private final CommunityRoleRepository communityRoles;

    public MemberDirectory(DirectoryRepository directory, CommunityRoleRepository communityRoles) {
        this.directory = directory;
        this.communityRoles = communityRoles;
    }

    /** A page of the directory; the role, when given, must be one of the hub's. */
    public record Listing(Optional<CommunityRole> role, List<Actor> members, int offset, boolean more) {
    }

    /** Empty when the role key names no community role. */
    public Optional<Listing> list(@Nullable String roleKey, int offset, int limit) {
        Optional<CommunityRole> role = roleKey == null || roleKey.isBlank() ? Optional.empty()
                : communityRoles.findByKey(roleKey);
        if (roleKey != null && !roleKey.isBlank() && role.isEmpty()) {
            return Optional.empty();
        }
        int size = Math.clamp(limit, 1, 80);
        int from = Math.max(0, offset);
        List<Actor> found = directory.listed(role.map(CommunityRole::key).orElse(null), size + 1, from);
        boolean more = found.size() > size;
        return Optional.of(new Listing(role, more ? found.subList(0, size) : found, from, more));
    }

    public List<CommunityRole> communityRoles() {
        return communityRoles.listInOrder();
    }
}
