package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The member directory.
 *
 * @param heading  "Members", or the community role being shown
 * @param filters  every community role, and "Everyone", as links; the current one marked
 * @param newer    link to the previous page, or null
 * @param older    link to the next page, or null
 */
public record DirectoryView(Site site, PageMeta meta, String heading, List<Filter> filters, List<Entry> members,
                            String newer, String older) {

    /** A link that filters the directory. */
    public record Filter(String label, String href, boolean current) {
    }

    /** A listed member. */
    public record Entry(String name, String handle, String href, List<String> communityRoles, String summary) {
    }
}
