package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.List;

/**
 * Everything a run will do, worked out from a scenario and a seed before any server starts, so that two runs with
 * the same seed publish the same items in the same order. Times are simulated: {@link Duration} from the first
 * morning of the run.
 *
 * @param hubs      the local hubs (index 0..n-1); the pan-London Hub is not among them
 * @param members   members of the hubs, who publish
 * @param residents people on the residents' instance, who follow hubs and join in
 * @param steps     what happens, in simulated-time order
 * @param faults    what goes wrong on purpose, in simulated-time order
 */
public record Plan(String scenario, long seed, int days, List<PlannedHub> hubs, List<PlannedMember> members,
                   List<PlannedResident> residents, List<Step> steps, List<Fault> faults) {

    public Plan {
        hubs = List.copyOf(hubs);
        members = List.copyOf(members);
        residents = List.copyOf(residents);
        steps = List.copyOf(steps);
        faults = List.copyOf(faults);
    }

    /** A local hub: its Group's username, display name, borough and where its area centres. */
    public record PlannedHub(int index, String username, String name, String area, double latitude,
                             double longitude) {
    }

    /** A member of hub {@code hub}; {@code key} names them in steps (e.g. {@code h2-m3}). */
    public record PlannedMember(String key, int hub, String handle, String displayName, Role role) {
    }

    /** Organisers and weavers (moderators) can propose introductions; members publish and answer. */
    public enum Role { ORGANISER, WEAVER, MEMBER }

    /**
     * A resident on the residents' instance: follows the hubs listed (by index) at the start of the run, and the
     * pan-London Hub when {@code followsLondon}.
     */
    public record PlannedResident(int index, String username, String displayName, List<Integer> follows,
                                  boolean followsLondon) {
        public PlannedResident {
            follows = List.copyOf(follows);
        }
    }

    /** Something goes wrong on purpose from {@code at} for {@code lasting}. */
    public record Fault(Duration at, Duration lasting, FaultKind kind, int hub, Duration delay) {
    }

    /** STOP: the hub's process is stopped and started again; SLOW: each request to it waits {@code delay}; PARTITION: it and the pan-London Hub cannot reach each other. */
    public enum FaultKind { STOP, SLOW, PARTITION }
}
