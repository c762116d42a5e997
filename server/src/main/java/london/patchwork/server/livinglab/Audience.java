package london.patchwork.server.livinglab;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who should receive what a hub publishes: the pan-London Hub, the hubs that joined it, and the residents who
 * follow it (for what a hub's Group shares with its followers); and, for what a resident sends, the hub it is
 * sent to. Residents and hubs follow during the gathering, before anything is published, so this is fixed.
 */
final class Audience {

    /** What a hub's Group passes to its followers on Mastodon-like servers (its members' posts and events). */
    static final Set<String> SHARED_WITH_RESIDENTS = Set.of("post", "event");

    private final Map<Integer, List<Integer>> residentFollowers;
    private final Map<Integer, List<Integer>> hubFollowers;

    /**
     * @param residentFollowers by hub index, the residents following it
     * @param hubFollowers      by hub index, the hubs that joined it up
     */
    Audience(Map<Integer, List<Integer>> residentFollowers, Map<Integer, List<Integer>> hubFollowers) {
        this.residentFollowers = Map.copyOf(residentFollowers);
        this.hubFollowers = Map.copyOf(hubFollowers);
    }

    Set<String> ofHubItem(int hub, String kind) {
        Set<String> expected = new HashSet<>();
        expected.add(Ledger.LONDON);
        hubFollowers.getOrDefault(hub, List.of()).forEach(follower -> expected.add(Ledger.hub(follower)));
        if (SHARED_WITH_RESIDENTS.contains(kind)) {
            residentFollowers.getOrDefault(hub, List.of()).forEach(r -> expected.add(Ledger.resident(r)));
        }
        return expected;
    }

    Set<String> ofResidentItem(int hub) {
        return Set.of(Ledger.hub(hub));
    }
}
