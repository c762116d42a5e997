package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plan's faults from the scenario's challenges: each challenge's day scaled from the scenario's span to the
 * run's, its hub taken modulo the run's hubs, and its length cut at the run's end. A hub has at most one fault at
 * a time: a challenge that would overlap one moves to the next hub that is free then, or is dropped if none is.
 */
final class PlannerFaults {

    private PlannerFaults() {
    }

    static List<Plan.Fault> faults(Scenario scenario, int hubs, int days) {
        Duration end = Duration.ofDays(days);
        // Placed in the run's time first, so that overlaps are settled in the order the faults will happen.
        List<Scenario.Challenge> challenges = new ArrayList<>(scenario.challenges());
        challenges.sort(Comparator.comparing(c -> start(c, scenario.days(), days)));
        List<Plan.Fault> faults = new ArrayList<>();
        for (Scenario.Challenge challenge : challenges) {
            Duration at = start(challenge, scenario.days(), days);
            if (at.compareTo(end) >= 0) {
                continue;
            }
            Duration lasting = challenge.lasting();
            if (at.plus(lasting).compareTo(end) > 0) {
                lasting = end.minus(at);
            }
            for (int tried = 0; tried < hubs; tried++) {
                int hub = (challenge.hub() + tried) % hubs;
                if (free(faults, hub, at, at.plus(lasting))) {
                    faults.add(new Plan.Fault(at, lasting, challenge.kind(), hub, challenge.delay()));
                    break;
                }
            }
        }
        faults.sort(Comparator.comparing(Plan.Fault::at));
        return List.copyOf(faults);
    }

    private static Duration start(Scenario.Challenge challenge, int scenarioDays, int runDays) {
        long day = (long) challenge.day() * runDays / scenarioDays;
        return Duration.ofDays(day).plusSeconds(Math.round(challenge.hour() * 3600));
    }

    private static boolean free(List<Plan.Fault> faults, int hub, Duration from, Duration until) {
        for (Plan.Fault fault : faults) {
            if (fault.hub() == hub && fault.at().compareTo(until) < 0
                    && from.compareTo(fault.at().plus(fault.lasting())) < 0) {
                return false;
            }
        }
        return true;
    }
}
