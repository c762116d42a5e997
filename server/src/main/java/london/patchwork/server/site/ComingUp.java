package london.patchwork.server.site;

import london.patchwork.web.hub.HubView;

import java.util.List;

/**
 * The next few events, which the home page lists above the posts. The kernel draws the page but holds no events; the
 * capability that does provides this ({@code events.EventsComingUp}).
 */
public interface ComingUp {

    /** At most {@code limit} events that have not ended, soonest first. */
    List<HubView.Upcoming> next(int limit);
}
