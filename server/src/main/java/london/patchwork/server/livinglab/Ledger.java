package london.patchwork.server.livinglab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run's books: every item published, who should receive it, and every inbox POST seen anywhere (at a hub's link
 * or at the residents' instance). An arrival counts for an item once per recipient, at its first time; the same
 * activity accepted twice by one inbox is a duplicate. Arrivals can be seen before the lab hears back from the API
 * that published the item (delivery is fast on one machine), so they wait until the item is entered.
 */
final class Ledger {

    /** The pan-London Hub as a recipient. */
    static final String LONDON = "london";

    /** Who receives: {@link #LONDON}, {@code hub:3}, or {@code resident:17}. */
    static String hub(int index) {
        return "hub:" + index;
    }

    static String resident(int index) {
        return "resident:" + index;
    }

    /**
     * An item: {@code matchOn} is the id an arrival carries for it (an object's id for what is created, the
     * activity's own id for a like or an RSVP); {@code origin} the recipient-style name of who published it.
     */
    record Item(String key, String kind, String origin, String matchOn, boolean byActivity, Instant publishedAt,
                int day, Set<String> expected) {
    }

    /** An expected delivery and when it first arrived (null: not yet). */
    record Delivery(Item item, String recipient, Instant arrived) {
        long millis() {
            return arrived == null ? -1 : Math.max(0, arrived.toEpochMilli() - item.publishedAt().toEpochMilli());
        }
    }

    /** An inbox POST attempt anywhere: the inbox's owner, the activity, and how it went. */
    record Attempt(Instant at, String recipient, String activityId, int status) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private static final Set<String> BY_ACTIVITY = Set.of("Like", "Join");
    private static final Set<String> BY_OBJECT = Set.of("Create", "Announce", "Add");

    private final Map<String, Item> byObject = new HashMap<>();
    private final Map<String, Item> byActivity = new HashMap<>();
    private final Map<String, Item> byKey = new LinkedHashMap<>();
    private final Map<Item, Map<String, Instant>> arrivals = new HashMap<>();
    private final Map<String, List<Pending>> waiting = new HashMap<>();
    private final Set<String> acceptedOnce = new HashSet<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final Set<String> triedOnce = new HashSet<>();
    private long duplicates;
    private long retries;
    private long failures;
    private long accepted;

    private record Pending(String recipient, Instant at, boolean asActivity) {
    }

    synchronized void published(Item item) {
        byKey.put(item.key(), item);
        (item.byActivity() ? byActivity : byObject).put(item.matchOn(), item);
        arrivals.put(item, new HashMap<>());
        List<Pending> early = waiting.remove(item.matchOn());
        if (early != null) {
            early.stream().filter(p -> p.asActivity() == item.byActivity())
                    .forEach(p -> reached(item, p.recipient(), p.at()));
        }
    }

    synchronized Item item(String key) {
        return byKey.get(key);
    }

    /**
     * An inbox POST seen by {@code recipient}'s inbox. {@code reached} lists who it reached there (the recipient
     * itself for a hub; the residents an instance's shared inbox fanned it out to).
     */
    synchronized void delivery(Instant at, String recipient, String activityId, String type, String objectId,
                               int status, List<String> reached) {
        String attemptKey = activityId + " " + recipient;
        if (activityId != null && !triedOnce.add(attemptKey)) {
            retries++;
        }
        attempts.add(new Attempt(at, recipient, activityId, status));
        if (status / 100 != 2) {
            failures++;
            return;
        }
        accepted++;
        if (activityId != null && !acceptedOnce.add(attemptKey)) {
            duplicates++;
            return;
        }
        for (String who : reached) {
            match(at, who, activityId, type, objectId);
        }
    }

    /** A send that never reached an inbox we watch (the residents' instance saw it fail). */
    synchronized void failedSend(Instant at, String recipient, String activityId) {
        delivery(at, recipient, activityId, null, null, -1, List.of());
    }

    /**
     * Likes and RSVPs are items known by their activity's id; everything else by the id of the object a
     * {@code Create}, {@code Announce} or {@code Add} carries. Only those are kept waiting for their item, so the
     * many boosts that carry no item of this run are not held.
     */
    private void match(Instant at, String recipient, String activityId, String type, String objectId) {
        if (activityId != null && BY_ACTIVITY.contains(type)) {
            Item byId = byActivity.get(activityId);
            if (byId != null) {
                reached(byId, recipient, at);
            } else {
                remember(activityId, recipient, at, true);
            }
        } else if (objectId != null && BY_OBJECT.contains(type)) {
            Item byObj = byObject.get(objectId);
            if (byObj != null) {
                reached(byObj, recipient, at);
            } else {
                remember(objectId, recipient, at, false);
            }
        }
    }

    private void remember(String id, String recipient, Instant at, boolean asActivity) {
        waiting.computeIfAbsent(id, k -> new ArrayList<>()).add(new Pending(recipient, at, asActivity));
    }

    private void reached(Item item, String recipient, Instant at) {
        if (item.expected().contains(recipient)) {
            arrivals.get(item).putIfAbsent(recipient, at);
        }
    }

    synchronized List<Item> items() {
        return List.copyOf(byKey.values());
    }

    /** Every expected delivery, arrived or not. */
    synchronized List<Delivery> deliveries() {
        List<Delivery> all = new ArrayList<>();
        for (Item item : byKey.values()) {
            Map<String, Instant> arrived = arrivals.get(item);
            for (String recipient : item.expected()) {
                all.add(new Delivery(item, recipient, arrived.get(recipient)));
            }
        }
        return all;
    }

    synchronized long expectedCount() {
        return byKey.values().stream().mapToLong(i -> i.expected().size()).sum();
    }

    synchronized long arrivedCount() {
        return arrivals.values().stream().mapToLong(Map::size).sum();
    }

    synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    synchronized Counts counts() {
        return new Counts(byKey.size(), expectedCount(), arrivedCount(), duplicates, attempts.size(), failures,
                retries, accepted);
    }

    /** The running totals the progress line shows and the report starts from. */
    record Counts(long published, long expected, long arrived, long duplicates, long attempts, long failures,
                  long retries, long accepted) {
    }
}
