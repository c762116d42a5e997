package london.patchwork.web.events;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' page of outside calendars the hub subscribes to: add one, refresh or remove each, see how its
 * last fetch went.
 *
 * @param outcome     what the last action did (a subscription added, refreshed or removed), or null
 * @param typedUrl    the address typed, kept when refused
 * @param urlError    why the address was refused, or null
 * @param hubCalendar the hub's own calendar as a {@code webcal://} link for calendar apps
 */
public record OrganiseCalendarsView(Site site, PageMeta meta, String formToken, String outcome, String typedUrl,
                                    String urlError, List<Subscription> subscriptions, String hubCalendar) {

    /** One subscription as listed. */
    public record Subscription(String id, String name, String url, String status, String error, int events,
                               String lastFetched) {

        public boolean failed() {
            return error != null;
        }
    }

    public String invalid() {
        return urlError != null ? "true" : null;
    }
}
