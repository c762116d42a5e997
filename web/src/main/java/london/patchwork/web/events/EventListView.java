package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * Upcoming or past events.
 *
 * @param past      true for the past events page
 * @param olderUrl  the next page, or null
 * @param monthUrl  this month's calendar
 * @param canCreate whether the visitor may create an event
 */
public record EventListView(Site site, PageMeta meta, boolean past, List<EventCard> events, String olderUrl,
                            String monthUrl, boolean canCreate, String webcalUrl) {
}
