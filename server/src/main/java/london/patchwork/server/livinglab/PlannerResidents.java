package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The residents of a plan: each lives in a borough, follows that borough's hub and, on average, a few more of
 * those nearest (a resident follows a hub with a weight that halves every 5 km), and some follow the pan-London
 * Hub too. Each day, by the scenario's chances, they reply to, like and RSVP to recent items of hubs they follow.
 */
final class PlannerResidents {

    /** Residents answer among the latest items of a hub, as people do who read a timeline. */
    private static final int RECENT = 15;
    private static final double HALVING_KM = 5;

    private final Scenario.Residents habits;
    private final List<Plan.PlannedResident> residents;
    private final PlannerLedger ledger;
    private final RandomGenerator random;

    PlannerResidents(Scenario.Residents habits, List<Plan.PlannedResident> residents, PlannerLedger ledger,
                     RandomGenerator random) {
        this.habits = habits;
        this.residents = residents;
        this.ledger = ledger;
        this.random = random;
    }

    static List<Plan.PlannedResident> residents(Scenario.Residents habits, List<Plan.PlannedHub> hubs, int count,
                                                RandomGenerator random) {
        List<Plan.PlannedResident> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Plan.PlannedHub home = hubs.get(random.nextInt(hubs.size()));
            int wanted = Math.min(hubs.size(), 1 + Generators.poisson(habits.meanHubsFollowed() - 1, random));
            List<Integer> follows = new ArrayList<>(List.of(home.index()));
            while (follows.size() < wanted) {
                follows.add(nearby(home, hubs, follows, random));
            }
            follows.sort(Comparator.naturalOrder());
            String name = Texts.person(random);
            residents.add(new Plan.PlannedResident(i, Texts.handle(name) + "_" + (i + 1), name, follows,
                    random.nextDouble() < habits.followLondonShare()));
        }
        return List.copyOf(residents);
    }

    private static int nearby(Plan.PlannedHub home, List<Plan.PlannedHub> hubs, List<Integer> taken,
                              RandomGenerator random) {
        double[] weights = new double[hubs.size()];
        double total = 0;
        for (Plan.PlannedHub hub : hubs) {
            if (!taken.contains(hub.index())) {
                double km = Generators.distanceKm(home.latitude(), home.longitude(), hub.latitude(),
                        hub.longitude());
                weights[hub.index()] = Math.pow(0.5, km / HALVING_KM);
                total += weights[hub.index()];
            }
        }
        double draw = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                draw -= weights[i];
                if (draw < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    void schedule(PlannerAgenda agenda, int days) {
        for (int day = 0; day < days; day++) {
            Duration from = PlannerMembers.DAY.multipliedBy(day)
                    .plus(day == 0 ? PlannerMembers.FIRST_HOUR : Duration.ZERO);
            Duration span = day == 0 ? PlannerMembers.WAKING.minus(PlannerMembers.FIRST_HOUR)
                    : PlannerMembers.WAKING;
            for (Plan.PlannedResident resident : residents) {
                if (random.nextDouble() < habits.replyChance()) {
                    agenda.at(Generators.within(from, span, random), at -> reply(resident, at));
                }
                if (random.nextDouble() < habits.likeChance()) {
                    agenda.at(Generators.within(from, span, random), at -> like(resident, at));
                }
                if (random.nextDouble() < habits.rsvpChance()) {
                    agenda.at(Generators.within(from, span, random), at -> rsvp(resident, at));
                }
            }
        }
    }

    private void reply(Plan.PlannedResident resident, Duration at) {
        PlannerLedger.Item item = recent(resident, at);
        if (item != null) {
            ledger.add(new Step.Reply(at, ledger.key("r" + resident.index(), "c"), resident.index(), item.key(),
                    Texts.reply(random)));
        }
    }

    private void like(Plan.PlannedResident resident, Duration at) {
        PlannerLedger.Item item = recent(resident, at);
        if (item != null && ledger.answer("like", resident.index(), item.key())) {
            ledger.add(new Step.Like(at, resident.index(), item.key()));
        }
    }

    /** An event of a hub they follow, announced already and not started yet. */
    private void rsvp(Plan.PlannedResident resident, Duration at) {
        List<PlannerLedger.Event> open = new ArrayList<>();
        for (int hub : resident.follows()) {
            for (PlannerLedger.Event event : ledger.events(hub)) {
                if (event.at().compareTo(at) < 0 && event.starts().compareTo(at) > 0) {
                    open.add(event);
                }
            }
        }
        if (open.isEmpty()) {
            return;
        }
        PlannerLedger.Event event = open.get(random.nextInt(open.size()));
        if (ledger.answer("rsvp", resident.index(), event.key())) {
            ledger.add(new Step.Rsvp(at, resident.index(), event.key()));
        }
    }

    /** One of the latest posts, threads or events published before {@code at} on a hub they follow. */
    private PlannerLedger.Item recent(Plan.PlannedResident resident, Duration at) {
        int hub = resident.follows().get(random.nextInt(resident.follows().size()));
        List<PlannerLedger.Item> items = ledger.items(hub);
        int end = items.size();
        while (end > 0 && items.get(end - 1).at().compareTo(at) >= 0) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        return items.get(end - 1 - random.nextInt(Math.min(RECENT, end)));
    }
}
