package london.patchwork.web.hubs;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The directory of hubs: this instance first, then every hub it has joined up with. Texts arrive ready to show
 * (dates written out, absent values as empty strings), so the template only lays them out.
 *
 * @param self this instance, marked as such on the page
 * @param hubs the joined hubs, by name
 */
public record HubDirectoryView(Site site, PageMeta meta, Entry self, List<Entry> hubs) {

    /**
     * One hub.
     *
     * @param site         the hub's own site, which its name links to
     * @param icon         its icon's address, or empty
     * @param counts       members and posts it reports, and what is kept here from it, written out
     * @param lastActivity when something of it last arrived here, or empty
     * @param health       reachable, last delivery and circuit, written out; empty for this instance
     * @param healthy      false when the last read failed or delivery to it is failing
     */
    public record Entry(String name, String site, String icon, String handle, String area, String summary,
                        List<Count> counts, String lastActivity, String lastActivityIso, List<String> health,
                        boolean healthy) {
    }

    /** A figure and what it counts ("12 members"). */
    public record Count(String label, String value) {
    }
}
