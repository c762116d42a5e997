package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' list of members, where roles change and reset links are made.
 *
 * @param message what the last action did (or why it was refused), or null
 * @param link    a reset link just made, shown once, or null
 */
public record OrganiseMembersView(Site site, PageMeta meta, String formToken, List<Row> members,
                                  List<Waiting> waiting, String message, boolean refused, String link) {

    /** A sign-up waiting for an organiser. */
    public record Waiting(String id, String name, String handle, String email, String reason, String asked) {
    }

    /** A member in the list. */
    public record Row(String id, String name, String handle, String href, String email, String role,
                      String communityRoles, String joined, boolean suspended) {

        public boolean is(String key) {
            return role.equals(key);
        }
    }
}
