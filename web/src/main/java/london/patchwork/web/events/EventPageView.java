package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;
import london.patchwork.web.posts.Stream;

import java.util.List;

/**
 * An event as people see it, with their answer and the discussion.
 *
 * @param html          the sanitised description
 * @param mapUrl        an OpenStreetMap link for the coordinates, or null
 * @param coordinates   "51.54500, -0.05530", or null
 * @param icalUrl       "add to calendar": the event as iCalendar
 * @param originUrl     a remote event's page at its origin, or null for ours
 * @param rsvp          the visitor's answer (going, maybe, not_going) or empty
 * @param standing      where their answer stands (confirmed, pending, waiting, rejected) or empty
 * @param closedReason  why no answer is taken, or null when the form is shown
 * @param canAnswer     whether the visitor is a member who may answer
 * @param canEdit       whether the visitor organises it (or the hub)
 * @param importedFrom  the name of the outside calendar the hub imported it from, or null
 * @param importedFromUrl the event's page in that calendar, or null (the calendar's own address is never shown)
 */
public record EventPageView(Site site, PageMeta meta, String id, String title, String status, String when,
                            String repeats, String where, String coordinates, String mapUrl, String onlineUrl,
                            String externalJoinUrl, String html, String category, List<String> tags,
                            String imageUrl, String imageDescription, List<String> organisers,
                            int participants, Integer remaining, int maybes, int waiting, String icalUrl,
                            String originUrl, String rsvp, String standing, String closedReason, boolean canAnswer,
                            boolean canEdit, String formToken, Stream discussion, String importedFrom,
                            String importedFromUrl) {

    public boolean cancelled() {
        return "cancelled".equals(status);
    }

    public boolean answered(String response) {
        return response.equals(rsvp);
    }
}
