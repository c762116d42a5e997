package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * Choosing a new password from an organiser's reset link.
 *
 * @param action where the form posts (the link itself)
 * @param error  what is wrong with the password typed, or null
 */
public record PasswordResetView(Site site, PageMeta meta, String formToken, String action, String error) {

    public String invalid() {
        return error == null ? null : "true";
    }
}
