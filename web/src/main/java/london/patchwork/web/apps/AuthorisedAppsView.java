package london.patchwork.web.apps;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The apps a member has authorised, each with a Revoke button.
 *
 * @param revoked the name of the app just revoked, or null
 */
public record AuthorisedAppsView(Site site, PageMeta meta, String formToken, List<AuthorisedApp> apps,
                                 String revoked) {

    /**
     * One authorised app.
     *
     * @param website    its website, or null
     * @param since      when the member first authorised it, in words; {@code sinceIso} the same as ISO-8601
     * @param lastUsed   when it last used access, in words ("never" if not yet)
     */
    public record AuthorisedApp(long id, String name, String website, List<String> permissions, String since,
                                String sinceIso, String lastUsed) {
    }
}
