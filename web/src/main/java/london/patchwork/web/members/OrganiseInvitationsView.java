package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The organisers' invitations page: make a link, see the links still open.
 *
 * @param link   a link just made, shown once, or null
 * @param typed  what was typed (role, days, note), kept when refused
 * @param errors problems by field
 */
public record OrganiseInvitationsView(Site site, PageMeta meta, String formToken, String link,
                                      Map<String, String> typed, Map<String, String> errors, List<Open> open) {

    /** An invitation not yet used. */
    public record Open(String role, String note, String created, String expires) {
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : null;
    }
}
