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
 * @param webcalUrl the hub's calendar for calendar apps ({@code webcal://…/calendar.ics})
 * @param regular   on the first page of upcoming events, series that began earlier and have dates to come
 */
public record EventListView(Site site, PageMeta meta, boolean past, List<EventCard> events, String olderUrl,
                            String monthUrl, boolean canCreate, String webcalUrl, List<EventCard> regular) {
}
