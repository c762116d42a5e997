package london.patchwork.server.livinglab;

import java.time.Duration;

/**
 * One thing a member or resident does at a simulated time. Members' steps publish on their hub; residents' steps
 * go from the residents' instance to a hub. Items are named by keys unique in the plan ({@code h1-p4}: hub 1's
 * fourth post), so later steps can refer to them before any server has given them an id.
 */
public sealed interface Step {

    /** When, from the first morning of the run. */
    Duration at();

    /** A member's public post. */
    record Post(Duration at, String key, String member, String text) implements Step {
    }

    /** A forum thread opened by a member. */
    record Thread(Duration at, String key, String member, String title, String body) implements Step {
    }

    /** A how-to guide written by a member. */
    record Guide(Duration at, String key, String member, String title, String body) implements Step {
    }

    /** A blog article by a member, which feeds a topic into the forum. */
    record Article(Duration at, String key, String member, String title, String body) implements Step {
    }

    /**
     * An event or meetup at an asset of the hub ({@code venue}, an asset key), starting {@code startsIn} after it
     * is announced and lasting {@code length}.
     */
    record Event(Duration at, String key, String member, String title, String venue, Duration startsIn,
                 Duration length, boolean meetup) implements Step {
    }

    /** An asset put on the map. */
    record Asset(Duration at, String key, String member, String name, String kind, String category,
                 double latitude, double longitude) implements Step {
    }

    /** A tie between two assets (keys; either may be another hub's), of a connection type's slug. */
    record Tie(Duration at, String key, String member, String subject, String object, String type)
            implements Step {
    }

    /**
     * A weaver proposes an introduction between two assets of their hub; the assets' members answer, accepting
     * when {@code accepted}. An accepted one becomes a tie with the given {@code key}.
     */
    record Introduction(Duration at, String key, String weaver, String subject, String object, String type,
                        boolean accepted) implements Step {
    }

    /** A resident replies to an item (a post's, thread's or event's key). */
    record Reply(Duration at, String key, int resident, String target, String text) implements Step {
    }

    /** A resident likes an item. */
    record Like(Duration at, int resident, String target) implements Step {
    }

    /** A resident says they are going to an event. */
    record Rsvp(Duration at, int resident, String event) implements Step {
    }
}
