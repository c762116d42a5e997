package london.patchwork.server.livinglab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Works out a {@link Plan} from a {@link Scenario} and a seed before any server starts. The same scenario, sizes and
 * seed always give an equal plan. Simulated time is walked in order so that every step refers only to items
 * published before it: members publish at their personas' rates, the network grows by preferential attachment and
 * introductions, residents answer recent items of the hubs they follow, and the scenario's challenges become
 * faults.
 */
public final class Planner {

    private static final List<Class<? extends Step>> KINDS = List.of(Step.Post.class, Step.Thread.class,
            Step.Guide.class, Step.Article.class, Step.Event.class, Step.Asset.class, Step.Tie.class,
            Step.Introduction.class, Step.Reply.class, Step.Like.class, Step.Rsvp.class);

    private Planner() {
    }

    /**
     * The plan of a run; {@code hubs}, {@code residents} and {@code days} override the scenario's defaults when
     * positive (0 = the scenario's).
     */
    public static Plan plan(Scenario scenario, int hubs, int residents, int days, long seed) {
        int hubCount = hubs > 0 ? hubs : scenario.defaults().hubs();
        int residentCount = residents > 0 ? residents : scenario.defaults().residents();
        int dayCount = days > 0 ? days : scenario.defaults().days();
        // Separate streams for people, members' activity and residents' activity, so a change to one part of the
        // planner does not reshuffle the others.
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom people = root.split();
        SplittableRandom activity = root.split();
        SplittableRandom answers = root.split();

        List<Plan.PlannedHub> plannedHubs = Boroughs.hubs(scenario, hubCount);
        List<Personas.Member> members = Personas.members(scenario, plannedHubs, people);
        List<Plan.PlannedResident> plannedResidents = PlannerResidents.residents(scenario.residents(),
                plannedHubs, residentCount, people);

        PlannerLedger ledger = new PlannerLedger(hubCount);
        PlannerAgenda agenda = new PlannerAgenda(Duration.ofDays(dayCount));
        new PlannerMembers(scenario, plannedHubs, members, ledger, agenda, activity).schedule(dayCount);
        new PlannerResidents(scenario.residents(), plannedResidents, ledger, answers).schedule(agenda, dayCount);
        agenda.run();

        List<Step> steps = new ArrayList<>(ledger.steps());
        steps.sort(Comparator.comparing(Step::at)); // already in order; a stable sort keeps it so
        return new Plan(scenario.name(), seed, dayCount, plannedHubs,
                members.stream().map(Personas.Member::member).toList(), plannedResidents, steps,
                PlannerFaults.faults(scenario, hubCount, dayCount));
    }

    /** One line of figures: hubs, members, residents, steps by kind, faults. */
    public static String summary(Plan plan) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Class<? extends Step> kind : KINDS) {
            long count = plan.steps().stream().filter(kind::isInstance).count();
            if (count > 0) {
                byKind.put(kind.getSimpleName().toLowerCase(Locale.ROOT), count);
            }
        }
        String kinds = byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String faults = plan.faults().stream()
                .map(f -> f.kind().name().toLowerCase(Locale.ROOT) + " "
                        + plan.hubs().get(f.hub()).username() + " day " + f.at().toDays()
                        + " for " + hours(f.lasting()))
                .collect(Collectors.joining(", "));
        return plan.scenario() + " (seed " + plan.seed() + "): " + plan.hubs().size() + " hubs, "
                + plan.members().size() + " members, " + plan.residents().size() + " residents, " + plan.days()
                + " days; " + plan.steps().size() + " steps (" + kinds + "); " + plan.faults().size() + " faults"
                + (faults.isEmpty() ? "" : " (" + faults + ")");
    }

    private static String hours(Duration lasting) {
        long minutes = lasting.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }
}
