package london.patchwork.web.hubs;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * Upcoming events across hubs, by day, filtered by the hub's area and the event's category.
 *
 * @param ics the iCalendar feed of the same filters
 */
public record HubCalendarView(Site site, PageMeta meta, List<Day> days, List<HubOption> areas,
                              List<HubOption> categories, String area, String category, String ics,
                              String previousPage, String nextPage) {

    /** The events starting on one day (London time). */
    public record Day(String label, List<JoinedItemView> events) {
    }
}
