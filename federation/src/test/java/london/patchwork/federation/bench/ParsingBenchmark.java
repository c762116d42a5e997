package london.patchwork.federation.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.JsonLdNormaliser;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ApObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Bytes to typed activity, single-threaded (so the score is per core): a Mastodon-shaped
 * {@code Create(Note)} on the standard-context fast path, and a Mobilizon-shaped {@code Event} on
 * the full JSON-LD path (Titanium). The last two show what the other path would cost for each.
 *
 * <p>Run: {@code ./mvnw -q -o -pl federation test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=london.patchwork.federation.bench.ParsingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParsingBenchmark {

    private final ActivityJson json = ActivityJson.withDefaultLimits();
    private byte[] mastodonCreateNote;
    private byte[] mobilizonEvent;

    /** Loads our own fixtures, written in the shapes Mastodon and Mobilizon send. */
    @Setup
    public void load() {
        mastodonCreateNote = SharedFixtures.own("mastodon.example/users/ada/statuses/110/activity.json");
        mobilizonEvent = SharedFixtures.own("mobilizon.example/events/ceilidh.json");
    }

    /** @return the Create read on the fast path */
    @Benchmark
    public ApObject mastodonCreateNote() {
        return json.read(mastodonCreateNote);
    }

    /** @return the Event read on the full JSON-LD path */
    @Benchmark
    public ApObject mobilizonEvent() {
        return json.read(mobilizonEvent);
    }

    /** @return the same Create forced through the full path, for comparison */
    @Benchmark
    public ApObject mastodonCreateNoteFullPath() {
        return json.read(mastodonCreateNote, JsonLdNormaliser.Strategy.FULL);
    }

    /** @return the Event forced through the fast path (extras differ), for comparison */
    @Benchmark
    public ApObject mobilizonEventFastPath() {
        return json.read(mobilizonEvent, JsonLdNormaliser.Strategy.FAST);
    }

    /**
     * Runs the benchmarks. Under {@code exec:java} the test classpath lives in a class loader, not in
     * {@code java.class.path}; JMH's forked JVM reads the latter, so it is set from the loader first.
     *
     * @param args JMH's regular-expression filter, optional
     */
    public static void main(String[] args) throws RunnerException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (ClassLoader cl = ParsingBenchmark.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            }
        }
        if (!entries.isEmpty()) {
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
        new Runner(new OptionsBuilder()
                .include(ParsingBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""))
                // Explicit, so the fork does not inherit the flags of the JVM Maven runs in.
                .jvmArgs("-Xms512m", "-Xmx512m")
                .build()).run();
    }
}
