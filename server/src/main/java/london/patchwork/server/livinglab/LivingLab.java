package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the Living Lab: plan, start the servers, gather, map the first assets, play the days with their
 * faults, wait for the network to settle, and write the report.
 */
final class LivingLab {

    /** Steps this early are the first map of each hub, drawn before the days start (the network "before"). */
    static final Duration FIRST_MAP = Duration.ofHours(1);
    /** Nothing arriving for this long, after the retry schedule's cap and a circuit's longest opening, is the end. */
    private static final Duration QUIET = Duration.ofSeconds(45);

    /**
     * What the command line chose.
     *
     * @param settle the longest to wait after the last day for deliveries still on their way
     */
    record Options(Scenario scenario, int hubs, int residents, int days, long seed, double daySeconds, Path out,
                   Duration settle, int heapMb) {
    }

    private final Options options;
    private final ProgressBar progress;
    private final Clock real = Clock.systemUTC();

    LivingLab(Options options, PrintWriter out, boolean inPlace) {
        this.options = options;
        this.progress = new ProgressBar(out, inPlace);
    }

    LabReport run() throws Exception {
        Instant startedAt = real.instant();
        Plan plan = Planner.plan(options.scenario(), options.hubs(), options.residents(), options.days(),
                options.seed());
        progress.phase(Planner.summary(plan));
        Files.createDirectories(options.out());
        double daySeconds = options.daySeconds() > 0 ? options.daySeconds() : options.scenario().daySeconds();
        SimulatedClock clock = new SimulatedClock(real, daySeconds);
        Ledger ledger = new Ledger();
        try (SimulatedLondon london = SimulatedLondon.start(plan, options.out(), ledger, options.heapMb(),
                progress)) {
            Gathering gathering = new Gathering(plan, london, progress);
            Audience audience = gathering.gather();
            Map<String, Publication> published = new ConcurrentHashMap<>();
            MemberSteps members = new MemberSteps(gathering.members(), gathering.actors(), published, clock);
            Timeline timeline = new Timeline(plan, london, ledger, audience, clock, members, published, real);
            List<Step> firstMap = plan.steps().stream().filter(s -> s.at().compareTo(FIRST_MAP) < 0).toList();
            List<Step> days = plan.steps().stream().filter(s -> s.at().compareTo(FIRST_MAP) >= 0).toList();
            progress.phase("mapping " + firstMap.size() + " first assets and ties");
            timeline.play(firstMap, false);
            settle(ledger, Duration.ofMinutes(2), london);
            JsonNode before = networkOf(london);
            progress.phase("playing " + plan.days() + " days (" + days.size() + " steps, a day every "
                    + daySeconds + " s)");
            clock.start();
            FaultDrill drill = new FaultDrill(london, clock, real);
            drill.schedule(plan.faults());
            Thread ticker = Thread.ofVirtual().start(() -> tick(plan, clock, ledger, drill));
            timeline.play(days, true);
            List<FaultDrill.Happened> faults = drill.awaitAll();
            ticker.interrupt();
            timeline.close();
            progress.phase("settling");
            settle(ledger, options.settle(), london);
            Duration wall = Duration.between(startedAt, real.instant());
            List<LabReport.HubFigures> hubs = hubFigures(plan, london, ledger);
            NetworkSnapshots snapshots = new NetworkSnapshots(plan.seed(), NetworkSnapshots.hubNames(hubs));
            NetworkSnapshots.BeforeAndAfter network = snapshots.beforeAndAfter(before, networkOf(london));
            List<LabReport.MapPoint> map = MapPoints.fromHubMap(HubClient.organiser(london.london().baseUrl(),
                    london.london().token()).send("GET", "/api/patchwork/hubs/map?limit=2000", null).json(),
                    NetworkSnapshots.hubNames(hubs));
            LabReport report = new RunFigures(ledger, clock).report(plan, startedAt, wall, hubs, faults,
                    network.before(), network.after(), map);
            ReportFiles.write(options.out(), report);
            writeLost(ledger);
            progress.done(String.format("published %d, delivered %d of %d, lost %d, duplicates %d; propagation "
                            + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; %d steps skipped. Report: %s",
                    report.published(), report.delivered(), report.expected(), report.lost(), report.duplicates(),
                    report.propagation().p50(), report.propagation().p95(), report.propagation().p99(),
                    timeline.skipped(), options.out().resolve("report.html")));
            return report;
        }
    }

    private void tick(Plan plan, SimulatedClock clock, Ledger ledger, FaultDrill drill) {
        while (!Thread.currentThread().isInterrupted()) {
            int day = Math.min(plan.days(), clock.day(clock.now()));
            progress.day(day, plan.days(), clock.date(day), ledger.counts(), drill.active());
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Waits until every expected delivery has arrived, nothing has arrived for a while and the residents have
     * nothing left to send, or {@code limit} has passed.
     */
    private void settle(Ledger ledger, Duration limit, SimulatedLondon london) throws InterruptedException {
        Instant deadline = real.instant().plus(limit);
        long lastArrived = -1;
        Instant lastChange = real.instant();
        while (real.instant().isBefore(deadline)) {
            Ledger.Counts counts = ledger.counts();
            if (counts.arrived() >= counts.expected() && london.residents().queued() == 0) {
                return;
            }
            if (counts.arrived() != lastArrived) {
                lastArrived = counts.arrived();
                lastChange = real.instant();
            }
            if (Duration.between(lastChange, real.instant()).compareTo(QUIET) > 0
                    && london.residents().queued() == 0) {
                return;
            }
            progress.settling(counts, Duration.between(real.instant(), deadline).toSeconds());
            Thread.sleep(250);
        }
    }

    /** What never arrived, one line each, for whoever wants to look for it in the hubs' logs. */
    private void writeLost(Ledger ledger) throws java.io.IOException {
        List<String> lines = new ArrayList<>(List.of("item\tkind\tfrom\tto\tpublished_at\tid"));
        ledger.deliveries().stream().filter(d -> d.arrived() == null)
                .map(d -> String.join("\t", d.item().key(), d.item().kind(), d.item().origin(), d.recipient(),
                        d.item().publishedAt().toString(), d.item().matchOn())).forEach(lines::add);
        Files.write(options.out().resolve("lost.tsv"), lines);
    }

    private static JsonNode networkOf(SimulatedLondon london) {
        HubProcess pan = london.london();
        return HubClient.organiser(pan.baseUrl(), pan.token()).send("GET", "/api/patchwork/hubs/network", null)
                .json();
    }

    private static List<LabReport.HubFigures> hubFigures(Plan plan, SimulatedLondon london, Ledger ledger) {
        List<LabReport.HubFigures> figures = new ArrayList<>();
        List<Ledger.Item> items = ledger.items();
        for (Plan.PlannedHub hub : plan.hubs()) {
            HubProcess process = london.hub(hub.index());
            long published = items.stream().filter(i -> i.origin().equals(Ledger.hub(hub.index()))).count();
            figures.add(figures(hub.name(), hub.area(), process, published));
        }
        figures.add(figures("London Hub", "London", london.london(), 0));
        return figures;
    }

    /** The JVM's heap in use, as the hub's own metrics say (organiser token); 0 when it does not answer. */
    static long heapUsed(HubProcess process) {
        try {
            HubClient.Answer metrics = HubClient.organiser(process.baseUrl(), process.token())
                    .send("GET", "/prometheus", null, "text/plain");
            if (!metrics.ok()) {
                return 0;
            }
            return (long) metrics.body().lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                            && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (HubClient.Unreachable | NumberFormatException e) {
            return 0;
        }
    }

    private static LabReport.HubFigures figures(String name, String area, HubProcess process, long published) {
        ProcessMemory memory = process.memory();
        return new LabReport.HubFigures(name, area, process.baseUrl(), published, memory.rssBytes(),
                memory.peakRssBytes(), heapUsed(process), process.restarts());
    }
}
