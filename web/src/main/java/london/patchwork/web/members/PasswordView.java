package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * Changing one's password.
 *
 * @param errors problems by field name (current, password); empty on first view
 * @param done   true once the password was changed
 */
public record PasswordView(Site site, PageMeta meta, String formToken, Map<String, String> errors, boolean done) {

    /** The problem with one field, or null. */
    public String error(String field) {
        String message = errors.get(field);
        return message == null || message.isEmpty() ? null : message;
    }

    /** "true" for a field with a problem, else null (the attribute is left out). */
    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }
}
