package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * Editing one's public profile.
 *
 * @param rows   always four profile-field rows, filled or empty, as stored or as typed
 * @param roles  every community role of the hub, with whether this member holds it
 * @param avatarUrl the member's avatar, or null
 * @param errors    problems by field: avatar, displayName, bio, field0…field3, communityRoles
 * @param message   what the last action did, or null
 */
public record ProfileEditView(Site site, PageMeta meta, String formToken, String handle, String profileUrl,
                              String avatarUrl, String displayName, String bio, List<Row> rows,
                              List<RoleChoice> roles, boolean discoverable, Map<String, String> errors,
                              String message) {

    /** A label and value as shown in the form. */
    public record Row(int index, String name, String value) {
    }

    /** A community role to tick. */
    public record RoleChoice(String key, String label, boolean chosen) {
    }

    public String error(String field) {
        String message = errors.get(field);
        return message == null || message.isEmpty() ? null : message;
    }

    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }
}
