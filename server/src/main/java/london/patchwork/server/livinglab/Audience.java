package london.patchwork.server.livinglab;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who should receive what a hub publishes: the pan-London Hub, the hubs that joined it, the residents who follow
 * it (for what a hub's Group boosts), and the residents who follow the pan-London Hub (for what it boosts); and, for what a resident sends, the hub it is
 * sent to. Residents and hubs follow during the gathering, before anything is published, so this is fixed.
 */
final class Audience {

    /** What a hub's Group boosts to its followers (its members' posts and events). */
    static final Set<String> SHARED_BY_HUBS = Set.of("post", "event");
    /** What the pan-London Hub boosts to its own followers from every hub it joined. */
    static final Set<String> SHARED_BY_LONDON = Set.of("post", "article", "thread", "event");

    private final Map<Integer, List<Integer>> residentFollowers;
    private final Map<Integer, List<Integer>> hubFollowers;
    private final List<Integer> londonFollowers;

    /**
     * @param residentFollowers by hub index, the residents following it
     * @param hubFollowers      by hub index, the hubs that joined it up
     * @param londonFollowers   the residents following the pan-London Hub
     */
    Audience(Map<Integer, List<Integer>> residentFollowers, Map<Integer, List<Integer>> hubFollowers,
             List<Integer> londonFollowers) {
        this.residentFollowers = Map.copyOf(residentFollowers);
        this.hubFollowers = Map.copyOf(hubFollowers);
        this.londonFollowers = List.copyOf(londonFollowers);
    }

    Set<String> ofHubItem(int hub, String kind) {
        Set<String> expected = new HashSet<>();
        expected.add(Ledger.LONDON);
        hubFollowers.getOrDefault(hub, List.of()).forEach(follower -> expected.add(Ledger.hub(follower)));
        if (SHARED_BY_HUBS.contains(kind)) {
            residentFollowers.getOrDefault(hub, List.of()).forEach(r -> expected.add(Ledger.resident(r)));
        }
        if (SHARED_BY_LONDON.contains(kind)) {
            londonFollowers.forEach(r -> expected.add(Ledger.resident(r)));
        }
        return expected;
    }

    Set<String> ofResidentItem(int hub) {
        return Set.of(Ledger.hub(hub));
    }
}
