package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' page of remote groups the hub follows.
 *
 * @param handle what was typed in the follow form, kept when it was refused
 * @param error  why the follow was refused, shown beside the field, or null
 * @param notice what was done, or null
 */
public record FollowedGroupsView(Site site, PageMeta meta, String formToken, String handle, String error,
                                 String notice, List<Group> groups) {

    /** A followed group. */
    public record Group(long id, String name, String handle, String url, String state, long threads) {
    }

    public String invalid() {
        return error != null ? "true" : "false";
    }
}
