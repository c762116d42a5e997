package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * The page where someone joins the hub, by invitation or by signing up: the form, what they typed so far (never the
 * password), and what is wrong with it, field by field.
 *
 * @param action    where the form posts to
 * @param formToken the form's token against cross-site posts
 * @param intro     the sentence under the heading (how they are joining, and as what)
 * @param domain    the hub's domain, the second half of every handle here
 * @param askReason whether to ask why they want to join (sign-up that organisers approve)
 * @param errors    problems by field name (handle, displayName, email, password, reason); empty on first view
 */
public record JoinView(Site site, PageMeta meta, String action, String formToken, String intro, String domain,
                       String handle, String displayName, String email, boolean askReason, String reason,
                       Map<String, String> errors) {

    /** The problem with one field, or null when there is none. */
    public String error(String field) {
        String message = errors.get(field);
        return message == null || message.isEmpty() ? null : message;
    }

    /** "true" for a field with a problem, else null, which leaves the attribute out. */
    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }

    /** The ids that describe a field: its hint, if it has one, and its error, if any; null for none. */
    public String describedBy(String field, String hintId) {
        String errorId = error(field) == null ? null : field + "-error";
        if (hintId == null) {
            return errorId;
        }
        return errorId == null ? hintId : hintId + " " + errorId;
    }
}
