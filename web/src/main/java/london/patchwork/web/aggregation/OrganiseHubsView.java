package london.patchwork.web.aggregation;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' page of the hubs this instance has joined up with: add one by handle or address, see each one's
 * backfill, remove one with everything kept from it.
 *
 * @param outcome    what the last action did, or null
 * @param typed      the handle or address typed, kept when refused
 * @param typedError why it was refused, or null
 */
public record OrganiseHubsView(Site site, PageMeta meta, String formToken, String outcome, String typed,
                               String typedError, List<Joined> hubs) {

    /** One joined hub as listed. */
    public record Joined(String id, String name, String handle, String origin, String area, String backfill,
                         int items, String error, String lastActivity) {

        public boolean failed() {
            return error != null;
        }
    }

    public String invalid() {
        return typedError != null ? "true" : null;
    }
}
