package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a plan has published so far while the {@link Planner} works through simulated time: the steps in order,
 * every hub's assets with their degrees, the ties (so none is made twice), the items residents can answer and the
 * events they can go to. Maps and sets here are only looked up, never iterated to make a choice, so that a plan
 * depends on its seed alone.
 */
final class PlannerLedger {

    /** Types whose two ends are equal partners: the tie A-B is the tie B-A. */
    static final Set<String> MUTUAL = Set.of("partners-with", "shares-space-with");

    /** An item residents can reply to or like: a post, thread or event. */
    record Item(String key, int hub, Duration at) {
    }

    /** An announced event; residents can RSVP between {@code at} and {@code starts}. */
    record Event(String key, int hub, String member, String venue, Duration at, Duration starts, Duration ends) {
    }

    /** An asset on the map: {@code index} in {@link #assets()}, and the member who mapped it. */
    record Asset(int index, String key, int hub, String kind, String member) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<Integer> degrees = new ArrayList<>();
    private final List<List<Item>> items = new ArrayList<>();
    private final List<List<Event>> events = new ArrayList<>();
    private final Set<String> pairs = new HashSet<>();

    private final Set<String> introductions = new HashSet<>();
    private final Set<String> ties = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Integer> rsvps = new HashMap<>();
    private final Set<String> answered = new HashSet<>();

    PlannerLedger(int hubs) {
        for (int i = 0; i < hubs; i++) {
            items.add(new ArrayList<>());
            events.add(new ArrayList<>());
        }
    }

    /** The next key of {@code kind} on a hub, e.g. {@code h2-p5} for its fifth post. */
    String key(String owner, String kind) {
        String prefix = owner + "-" + kind;
        int next = counters.merge(prefix, 1, Integer::sum);
        return prefix + next;
    }

    void add(Step step) {
        steps.add(step);
    }

    List<Step> steps() {
        return steps;
    }

    Asset asset(Step.Asset step, int hub) {
        steps.add(step);
        Asset asset = new Asset(assets.size(), step.key(), hub, step.kind(), step.member());
        assets.add(asset);
        degrees.add(0);
        return asset;
    }

    List<Asset> assets() {
        return assets;
    }

    List<Integer> degrees() {
        return degrees;
    }

    /** Whether a weaver has proposed these two meet, either way round (a hub never introduces a pair twice). */
    boolean introduced(int a, int b) {
        return introductions.contains(pair(a, b));
    }

    void introducing(int a, int b) {
        introductions.add(pair(a, b));
    }

    /** Whether two assets are tied in any way, either way round. */
    boolean tied(int a, int b) {
        return pairs.contains(pair(a, b));
    }

    /** Counts a tie between two assets (a Tie step or an accepted introduction); false if it would repeat one. */
    boolean tie(int subject, int object, String type) {
        if (subject == object || tied(subject, object)) {
            return false;
        }
        String triple = type + " " + assets.get(subject).key() + " " + assets.get(object).key();
        String mirrored = type + " " + assets.get(object).key() + " " + assets.get(subject).key();
        if (ties.contains(triple) || (MUTUAL.contains(type) && ties.contains(mirrored))) {
            return false;
        }
        ties.add(triple);
        pairs.add(pair(subject, object));
        degrees.set(subject, degrees.get(subject) + 1);
        degrees.set(object, degrees.get(object) + 1);
        return true;
    }

    void item(Item item) {
        items.get(item.hub()).add(item);
    }

    List<Item> items(int hub) {
        return items.get(hub);
    }

    void event(Event event) {
        events.get(event.hub()).add(event);
        item(new Item(event.key(), event.hub(), event.at()));
    }

    List<Event> events(int hub) {
        return events.get(hub);
    }

    /** Records a resident's RSVP or like once; false when they already gave it. */
    boolean answer(String what, int resident, String target) {
        boolean fresh = answered.add(what + " " + resident + " " + target);
        if (fresh && what.equals("rsvp")) {
            rsvps.merge(target, 1, Integer::sum);
        }
        return fresh;
    }

    int rsvps(String event) {
        return rsvps.getOrDefault(event, 0);
    }

    private static String pair(int a, int b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
