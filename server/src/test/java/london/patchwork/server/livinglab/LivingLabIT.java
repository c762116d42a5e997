package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small seeded run of the whole lab: three hubs and the pan-London Hub as real processes, thirty residents, three
 * days, and one hub stopped and started again on the second day. Every count is worked out from the plan on its
 * own and checked exactly: every item reached every follower and the Hub once, the fault included.
 */
class LivingLabIT {

    private static final long SEED = 7;

    /** Kept after the run (the hubs' logs, lost.tsv) for whoever looks into a failure. */
    private static final Path out = Path.of("target", "livinglab-it").toAbsolutePath();

    private static Plan plan;
    private static LabReport report;
    private static String progress;

    @BeforeAll
    static void run() throws Exception {
        deleteEarlierRun();
        Scenario scenario = ScenarioFiles.read(resource("/livinglab/small.yaml"));
        plan = Planner.plan(scenario, 3, 30, 3, SEED);
        StringWriter printed = new StringWriter();
        report = new LivingLab(new LivingLab.Options(scenario, 3, 30, 3, SEED, 0, out, Duration.ofMinutes(4), 192),
                new PrintWriter(printed, true), false).run();
        progress = printed.toString();
    }

    @Test
    void everyItemReachedEveryFollowerAndTheHubExactlyOnce() {
        assertThat(report.published()).isEqualTo(publishingSteps());
        assertThat(report.expected()).isEqualTo(expectedDeliveries());
        assertThat(report.delivered()).isEqualTo(report.expected());
        assertThat(report.lost()).isZero();
        assertThat(report.duplicates()).isZero();
        assertThat(report.propagation().count()).isEqualTo(report.expected());
        assertThat(report.propagation().p50()).isPositive().isLessThanOrEqualTo(report.propagation().p95());
    }

    @Test
    void theStoppedHubCaughtUpAndLostNothing() {
        assertThat(report.faults()).singleElement().satisfies(fault -> {
            assertThat(fault.kind()).isEqualTo("stop");
            assertThat(fault.hub()).isEqualTo(plan.hubs().get(plan.faults().getFirst().hub()).username());
            assertThat(fault.lostAfter()).isZero();
        });
        assertThat(report.hubFigures()).filteredOn(hub -> hub.restarts() == 1).hasSize(1);
        assertThat(report.hubFigures()).allSatisfy(hub -> assertThat(hub.peakRssBytes()).isPositive());
        assertThat(report.failures()).as("deliveries to the stopped hub failed, then were retried")
                .isPositive();
        assertThat(report.retries()).isPositive();
    }

    @Test
    void theNetworkGrewAndTheFilesWereWritten() throws Exception {
        assertThat(report.after().metrics().ties()).isGreaterThan(report.before().metrics().ties());
        assertThat(report.map()).hasSizeGreaterThanOrEqualTo(plan.hubs().size());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.path("published").asLong()).isEqualTo(report.published());
        assertThat(json.path("lost").asLong()).isZero();
        assertThat(json.path("duplicates").asLong()).isZero();
        assertThat(json.path("propagation_ms").path("p95").asDouble()).isEqualTo(report.propagation().p95());
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(progress).contains("day 3/3").contains("lost 0");
    }

    private static long publishingSteps() {
        return plan.steps().stream()
                .filter(step -> !(step instanceof Step.Introduction introduction && !introduction.accepted()))
                .count();
    }

    /**
     * Worked out from the plan alone: each hub's item goes to the pan-London Hub and the hubs that joined its hub
     * (here, with three hubs, both others); its posts and events also to the residents following its hub, and its
     * posts, articles, threads and events to the residents following the pan-London Hub (who boosts them), each
     * resident once; each resident's reply, like or RSVP goes to its hub.
     */
    private static long expectedDeliveries() {
        long expected = 0;
        for (Step step : plan.steps()) {
            if (step instanceof Step.Introduction introduction && !introduction.accepted()) {
                continue;
            }
            if (step instanceof Step.Reply || step instanceof Step.Like || step instanceof Step.Rsvp) {
                expected += 1;
                continue;
            }
            int hub = hubOf(step);
            expected += 1 + (plan.hubs().size() - 1);
            boolean boosted = step instanceof Step.Post || step instanceof Step.Event;
            boolean boostedByLondon = boosted || step instanceof Step.Article || step instanceof Step.Thread;
            expected += plan.residents().stream().filter(r -> boosted && r.follows().contains(hub)
                    || boostedByLondon && r.followsLondon()).count();
        }
        return expected;
    }

    private static int hubOf(Step step) {
        String member = Timeline.memberOf(step);
        return plan.members().stream().filter(m -> m.key().equals(member)).findFirst().orElseThrow().hub();
    }

    private static void deleteEarlierRun() throws java.io.IOException {
        if (java.nio.file.Files.exists(out)) {
            try (var paths = java.nio.file.Files.walk(out)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LivingLabIT.class.getResource(name).toURI());
    }
}
