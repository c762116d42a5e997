package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * The sign-in page.
 *
 * @param formToken  the form's token against cross-site posts
 * @param identifier what was typed as email or handle (kept when the password was wrong)
 * @param error      why the last attempt failed, or null
 * @param next       the local path to go on to once signed in, or null
 */
public record SignInView(Site site, PageMeta meta, String formToken, String identifier, String error, String next) {
}
