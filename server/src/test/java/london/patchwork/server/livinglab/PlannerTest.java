package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final Scenario LONDON = ScenarioFiles.builtIn();
    private static final Set<String> TYPES = Set.of("partners-with", "shares-space-with", "refers-to", "funds",
            "meets-at");

    @Test
    void theSameSeedGivesAnEqualPlanAndAnotherSeedADifferentOne() {
        Plan plan = Planner.plan(LONDON, 3, 30, 3, 7);

        assertThat(Planner.plan(LONDON, 3, 30, 3, 7)).isEqualTo(plan);
        Plan other = Planner.plan(LONDON, 3, 30, 3, 8);
        assertThat(other).isNotEqualTo(plan);
        assertThat(other.steps()).isNotEqualTo(plan.steps());
    }

    @Test
    void aSmallPlanRefersOnlyToWhatWasPublishedBeforeAndNeverRepeatsATie() {
        Plan plan = Planner.plan(LONDON, 3, 30, 3, 7);
        Map<String, Plan.PlannedMember> members = plan.members().stream()
                .collect(Collectors.toMap(Plan.PlannedMember::key, Function.identity()));
        Map<String, Integer> hubOf = new HashMap<>();
        Set<String> assets = new HashSet<>();
        Set<String> answerable = new HashSet<>();
        Map<String, Duration> eventStarts = new HashMap<>();
        Set<String> ties = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Duration previous = Duration.ZERO;
        for (Step step : plan.steps()) {
            assertThat(step.at()).as("steps sorted").isGreaterThanOrEqualTo(previous).isLessThan(Duration.ofDays(3));
            previous = step.at();
            switch (step) {
                case Step.Asset a -> {
                    hubOf.put(a.key(), members.get(a.member()).hub());
                    assets.add(a.key());
                    assertThat(a.kind()).isIn(Generators.ASSET_KINDS);
                    assertThat(a.category()).isIn(Generators.CATEGORIES);
                }
                case Step.Tie t -> {
                    assertThat(assets).as("tie %s", t).contains(t.subject(), t.object());
                    assertThat(t.subject()).isNotEqualTo(t.object());
                    assertThat(t.type()).isIn(TYPES);
                    assertThat(ties.add(pair(t.subject(), t.object()))).as("repeated tie %s", t).isTrue();
                    assertThat(members).containsKey(t.member());
                }
                case Step.Introduction i -> {
                    assertThat(assets).contains(i.subject(), i.object());
                    assertThat(hubOf.get(i.subject())).isEqualTo(members.get(i.weaver()).hub())
                            .isEqualTo(hubOf.get(i.object()));
                    assertThat(members.get(i.weaver()).role()).isNotEqualTo(Plan.Role.MEMBER);
                    if (i.accepted()) {
                        assertThat(ties.add(pair(i.subject(), i.object()))).as("repeated tie %s", i).isTrue();
                    }
                }
                case Step.Event e -> {
                    assertThat(assets).contains(e.venue());
                    assertThat(hubOf.get(e.venue())).isEqualTo(members.get(e.member()).hub());
                    eventStarts.put(e.key(), e.at().plus(e.startsIn()));
                    published(hubOf, answerable, e.key(), members.get(e.member()).hub());
                }
                case Step.Post p -> published(hubOf, answerable, p.key(), members.get(p.member()).hub());
                case Step.Thread t -> published(hubOf, answerable, t.key(), members.get(t.member()).hub());
                case Step.Reply r -> followed(plan, r.resident(), r.target(), answerable, hubOf);
                case Step.Like l -> followed(plan, l.resident(), l.target(), answerable, hubOf);
                case Step.Rsvp r -> {
                    followed(plan, r.resident(), r.event(), eventStarts.keySet(), hubOf);
                    assertThat(eventStarts.get(r.event())).as("RSVP before it starts").isGreaterThan(r.at());
                }
                default -> {
                }
            }
            String key = key(step);
            if (key != null) {
                assertThat(keys.add(key)).as("key %s unique", key).isTrue();
            }
        }
        assertThat(ties).as("some ties").hasSizeGreaterThan(30);
        assertThat(plan.steps()).hasAtLeastOneElementOfType(Step.Reply.class)
                .hasAtLeastOneElementOfType(Step.Like.class).hasAtLeastOneElementOfType(Step.Introduction.class)
                .hasAtLeastOneElementOfType(Step.Event.class);
    }

    @Test
    void everyHubHasAnOrganiserAWeaverAndTwoMembersWithValidUniqueHandles() {
        Plan plan = Planner.plan(LONDON, 3, 30, 3, 7);

        assertThat(plan.hubs()).extracting(Plan.PlannedHub::username).containsExactly("hackney", "lambeth", "camden");
        for (Plan.PlannedHub hub : plan.hubs()) {
            List<Plan.PlannedMember> ofHub = plan.members().stream().filter(m -> m.hub() == hub.index()).toList();
            assertThat(ofHub).filteredOn(m -> m.role() == Plan.Role.ORGANISER).isNotEmpty();
            assertThat(ofHub).filteredOn(m -> m.role() == Plan.Role.WEAVER).isNotEmpty();
            assertThat(ofHub).filteredOn(m -> m.role() == Plan.Role.MEMBER).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ofHub).extracting(Plan.PlannedMember::handle).doesNotHaveDuplicates()
                    .allMatch(h -> h.matches("[a-z0-9_]{1,30}"));
        }
        assertThat(plan.residents()).extracting(Plan.PlannedResident::username).doesNotHaveDuplicates()
                .allMatch(h -> h.matches("[a-z0-9_]{1,30}"));
        assertThat(plan.residents()).allMatch(r -> !r.follows().isEmpty());
    }

    @Test
    void textsAreShortPlainAndPlausible() {
        Plan plan = Planner.plan(LONDON, 3, 30, 3, 7);

        for (Step step : plan.steps()) {
            for (String text : texts(step)) {
                assertThat(text).as("text of %s", step).isNotBlank().hasSizeLessThan(500)
                        .doesNotContain("<", "lorem");
            }
        }
    }

    @Test
    void theScenariosFaultsAreScaledToTheRunWithOneAtATimePerHub() {
        Plan week = Planner.plan(LONDON, 0, 0, 0, 1);

        assertThat(week.days()).isEqualTo(7);
        assertThat(week.faults()).extracting(Plan.Fault::kind)
                .containsExactly(Plan.FaultKind.STOP, Plan.FaultKind.SLOW, Plan.FaultKind.PARTITION);
        assertThat(week.faults()).extracting(f -> f.at().toDays()).containsExactly(1L, 3L, 4L);
        Plan crowded = Planner.plan(LONDON, 1, 10, 2, 1);
        // One hub over two days: the stop would fall inside the slow spell, so it is dropped.
        assertThat(crowded.faults()).extracting(Plan.Fault::kind)
                .containsExactly(Plan.FaultKind.SLOW, Plan.FaultKind.PARTITION);
        assertThat(crowded.faults()).allMatch(f -> f.hub() == 0);
        assertThat(crowded.faults().getLast().lasting()).isEqualTo(Duration.ofHours(12));
        for (int i = 1; i < crowded.faults().size(); i++) {
            Plan.Fault before = crowded.faults().get(i - 1);
            assertThat(crowded.faults().get(i).at()).isGreaterThanOrEqualTo(before.at().plus(before.lasting()));
        }
    }

    @Test
    void theDefaultRunPublishesAHubWeekOfSixtyToAHundredAndFiftyItems() {
        Plan plan = Planner.plan(LONDON, 0, 0, 0, 42);
        long published = plan.steps().stream().filter(PlannerTest::publishedByAMember).count();
        double perHubWeek = published / (double) plan.hubs().size() / (plan.days() / 7.0);

        assertThat(plan.hubs()).hasSize(6);
        assertThat(plan.residents()).hasSize(200);
        assertThat(perHubWeek).as(Planner.summary(plan)).isBetween(60.0, 150.0);
        assertThat(Planner.summary(plan)).startsWith("london (seed 42): 6 hubs, ").contains("200 residents")
                .contains("3 faults (stop lambeth day 1 for 2 h");
    }

    @Test
    void aLargeRunIsAFewThousandStepsAndMakesUpHubsBeyondTheBoroughsListed() {
        Plan plan = Planner.plan(LONDON, 18, 1_000, 14, 3);

        assertThat(plan.steps()).hasSizeBetween(2_000, 10_000);
        assertThat(plan.hubs()).extracting(Plan.PlannedHub::username).endsWith("hub17", "hub18");
        assertThat(plan.hubs().get(17).latitude()).isBetween(51.3, 51.7);
        assertThat(plan.steps()).filteredOn(s -> s instanceof Step.Tie t && !t.subject().split("-")[0]
                .equals(t.object().split("-")[0])).as("ties across hubs").isNotEmpty();
    }

    private static void published(Map<String, Integer> hubOf, Set<String> answerable, String key, int hub) {
        hubOf.put(key, hub);
        answerable.add(key);
    }

    private static void followed(Plan plan, int resident, String target, Set<String> published,
                                 Map<String, Integer> hubOf) {
        assertThat(published).as("%s answered before it was published", target).contains(target);
        assertThat(plan.residents().get(resident).follows()).contains(hubOf.get(target));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static boolean publishedByAMember(Step step) {
        return switch (step) {
            case Step.Reply r -> false;
            case Step.Like l -> false;
            case Step.Rsvp r -> false;
            case Step.Introduction i -> i.accepted();
            default -> true;
        };
    }

    private static String key(Step step) {
        return switch (step) {
            case Step.Post s -> s.key();
            case Step.Thread s -> s.key();
            case Step.Guide s -> s.key();
            case Step.Article s -> s.key();
            case Step.Event s -> s.key();
            case Step.Asset s -> s.key();
            case Step.Tie s -> s.key();
            case Step.Introduction s -> s.key();
            case Step.Reply s -> s.key();
            default -> null;
        };
    }

    private static List<String> texts(Step step) {
        return switch (step) {
            case Step.Post s -> List.of(s.text());
            case Step.Thread s -> List.of(s.title(), s.body());
            case Step.Guide s -> List.of(s.title(), s.body());
            case Step.Article s -> List.of(s.title(), s.body());
            case Step.Event s -> List.of(s.title());
            case Step.Asset s -> List.of(s.name());
            case Step.Reply s -> List.of(s.text());
            default -> List.of();
        };
    }
}
