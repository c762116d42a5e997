package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * A month as a table, Monday first.
 *
 * @param label       "December 2026"
 * @param previousUrl the month before
 * @param nextUrl     the month after
 */
public record EventMonthView(Site site, PageMeta meta, String label, String previousUrl, String previousLabel,
                             String nextUrl, String nextLabel, List<Week> weeks, boolean canCreate) {

    /** Seven days; days of the months either side are blank. */
    public record Week(List<Day> days) {
    }

    /**
     * @param date ISO date, or empty outside the month
     * @param label "Tuesday 1 December", for screen readers
     */
    public record Day(int number, String date, String label, boolean today, List<EventCard> events) {

        public boolean inMonth() {
            return number > 0;
        }
    }
}
