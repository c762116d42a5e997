package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/** An event's answers as its organisers see them, with the CSV link and approval buttons. */
public record EventAttendeesView(Site site, PageMeta meta, String id, String title, List<Row> rows, String csvUrl,
                                 String formToken) {

    /** @param pending whether an organiser still has to approve it */
    public record Row(String rsvpId, String name, String handle, String response, String standing, boolean local,
                      String answeredAt) {

        public boolean pending() {
            return "pending".equals(standing);
        }
    }
}
