package london.patchwork.server.livinglab;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code patchwork livinglab}: a simulated London of hubs and residents, on real servers on this machine, measured.
 * Exits 0 when nothing expected was lost, 1 when something was, 2 when the run could not be made.
 */
@Command(name = "livinglab", mixinStandardHelpOptions = true,
        description = "Run the Living Lab: local hubs, the pan-London Hub and simulated residents on 127.0.0.1, "
                + "a seeded scenario with faults, and a report (report.html, report.json).")
public final class LivingLabCommand implements Callable<Integer> {

    @Option(names = "--hubs", defaultValue = "0", description = "local hubs (default: the scenario's)")
    int hubs;

    @Option(names = "--residents", defaultValue = "0", description = "residents (default: the scenario's)")
    int residents;

    @Option(names = "--days", defaultValue = "0", description = "simulated days (default: the scenario's)")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "the seed: the same seed plays the same run")
    long seed;

    @Option(names = "--scenario", description = "a scenario file, YAML or JSON (default: the built-in London one)")
    Path scenario;

    @Option(names = "--out", defaultValue = "livinglab-report", description = "where the report and logs go")
    Path out;

    @Option(names = "--day-seconds", defaultValue = "0",
            description = "real seconds per simulated day (default: the scenario's)")
    double daySeconds;

    @Option(names = "--settle", defaultValue = "PT5M",
            description = "the longest to wait after the last day for deliveries on their way (ISO-8601)")
    Duration settle;

    @Option(names = "--heap", defaultValue = "256", description = "heap per hub process, MB")
    int heapMb;

    @Option(names = "--progress", description = "bar (redrawn in place) or lines (default: bar on a terminal)")
    String progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printed = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hubs < 0 || residents < 0 || days < 0 || daySeconds < 0 || heapMb < 64) {
            err.println("--hubs, --residents, --days and --day-seconds cannot be negative; --heap is at least 64");
            return 2;
        }
        if (hubs > 40) {
            err.println("--hubs: at most 40 on one machine");
            return 2;
        }
        Scenario chosen;
        try {
            chosen = scenario == null ? ScenarioFiles.builtIn() : ScenarioFiles.read(scenario);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        LivingLab lab = new LivingLab(new LivingLab.Options(chosen, hubs, residents, days, seed, daySeconds,
                out.toAbsolutePath(), settle, heapMb), printed,
                progress != null ? "bar".equals(progress) : ProgressBar.terminal());
        try {
            return lab.run().lost() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("The Living Lab stopped: " + e.getMessage());
            return 2;
        }
    }
}
