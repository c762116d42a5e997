package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Before the first day: members join their hubs, the pan-London Hub joins every hub up, each hub joins up with its
 * nearest neighbours (so that ties can cross between them), and residents follow the hubs they chose. All through
 * the hubs' public APIs and ActivityPub, and each waited for until it has taken.
 */
final class Gathering {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Plan plan;
    private final SimulatedLondon london;
    private final ProgressBar progress;
    private final Map<String, HubClient> members = new ConcurrentHashMap<>();
    private final Map<String, String> actors = new ConcurrentHashMap<>();

    Gathering(Plan plan, SimulatedLondon london, ProgressBar progress) {
        this.plan = plan;
        this.london = london;
        this.progress = progress;
    }

    Map<String, HubClient> members() {
        return members;
    }

    Map<String, String> actors() {
        return actors;
    }

    /** Members join, hubs join up and residents follow; returns who follows whom. */
    Audience gather() throws Exception {
        progress.phase("members joining");
        try (ExecutorService joining = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> joined = new ArrayList<>();
            for (Plan.PlannedHub hub : plan.hubs()) {
                joined.add(joining.submit(() -> joinMembers(hub.index())));
            }
            for (Future<?> each : joined) {
                each.get();
            }
        }
        progress.phase("hubs joining up");
        Map<Integer, List<Integer>> hubFollowers = new TreeMap<>();
        List<Runnable> waits = new ArrayList<>();
        HubProcess pan = london.london();
        for (Plan.PlannedHub hub : plan.hubs()) {
            waits.add(joinUp(pan, london.hub(hub.index())));
            for (int near : Neighbours.of(hub, plan.hubs())) {
                waits.add(joinUp(london.hub(hub.index()), london.hub(near)));
                hubFollowers.computeIfAbsent(near, k -> new ArrayList<>()).add(hub.index());
            }
        }
        waits.forEach(Runnable::run);
        progress.phase("residents following");
        Map<Integer, List<Integer>> residentFollowers = new HashMap<>();
        List<Integer> londonFollowers = new ArrayList<>();
        int follows = 0;
        for (Plan.PlannedResident resident : plan.residents()) {
            for (int hub : resident.follows()) {
                london.residents().follow(resident.index(), URI.create(london.hub(hub).actorUrl()));
                residentFollowers.computeIfAbsent(hub, k -> new ArrayList<>()).add(resident.index());
                follows++;
            }
            if (resident.followsLondon()) {
                london.residents().follow(resident.index(), URI.create(pan.actorUrl()));
                londonFollowers.add(resident.index());
                follows++;
            }
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (london.residents().acceptedFollows() < follows) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + london.residents().acceptedFollows() + " of " + follows
                        + " residents' follows were accepted in " + PATIENCE.toMinutes() + " minutes");
            }
            progress.waiting("follows accepted", london.residents().acceptedFollows(), follows);
            Thread.sleep(200);
        }
        return new Audience(residentFollowers, hubFollowers, londonFollowers);
    }

    private Void joinMembers(int hub) {
        HubProcess process = london.hub(hub);
        HubClient organiser = HubClient.organiser(process.baseUrl(), process.token());
        for (Plan.PlannedMember member : plan.members()) {
            if (member.hub() == hub) {
                members.put(member.key(), Membership.join(organiser, member, "lab-" + member.key() + "-"
                        + Long.toHexString(plan.seed())));
                actors.put(member.key(), process.baseUrl() + "/actors/" + member.handle());
                progress.tick();
            }
        }
        return null;
    }

    /** {@code follower} joins {@code followed} up; the returned wait ends when the follow has taken. */
    private Runnable joinUp(HubProcess follower, HubProcess followed) {
        HubClient client = HubClient.organiser(follower.baseUrl(), follower.token());
        HubClient.Answer added = client.send("POST", "/api/patchwork/hubs",
                "{\"url\":\"" + followed.baseUrl() + "\"}");
        if (!added.ok()) {
            throw new IllegalStateException(follower.settings().username() + " could not join "
                    + followed.settings().username() + " up: " + added.status() + " " + added.abbreviated());
        }
        String id = added.json().path("id").asText();
        return () -> {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                JsonNode hub = client.send("GET", "/api/patchwork/hubs/" + id, null).json();
                if ("done".equals(hub.path("backfill").path("state").asText())) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(follower.settings().username() + " joining "
                            + followed.settings().username() + " did not take: " + hub);
                }
                sleep();
            }
        };
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
