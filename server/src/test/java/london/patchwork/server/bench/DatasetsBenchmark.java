package london.patchwork.server.bench;

import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The assets datasets with 100,000 assets stored: each of {@code /datasets/assets.geojson}, {@code .csv} and a page of
 * {@code /openreferral/services} downloaded a few times, one at a time, read as it arrives and counted, not kept; the
 * time, the size, and the heap the hub's process held at most while sending (sampled every 5 ms, after a GC before
 * each download) printed. A real hub in this process; rows written straight into its database. See
 * docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark,'!aot-cache' verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.DatasetsBenchmark -Dbenchmark.args="3"}
 */
public final class DatasetsBenchmark {

    private static final int ASSETS = 100_000;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private DatasetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            long started = System.nanoTime();
            fill(hub);
            System.out.printf("stored %d assets in %.1f s%n", ASSETS, (System.nanoTime() - started) / 1e9);
            for (String path : new String[] {"/datasets/assets.geojson", "/datasets/assets.csv",
                    "/openreferral/services?per_page=200&page=100", "/openreferral/services?text=garden"}) {
                download(hub, path); // warm-up
                for (int i = 0; i < rounds; i++) {
                    download(hub, path);
                }
            }
        }
    }

    private static void download(RunningHub hub, String path) throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long at = System.nanoTime();
        HttpResponse<InputStream> response = CLIENT.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) >= 0; ) {
                bytes += read;
            }
        }
        double seconds = (System.nanoTime() - at) / 1e9;
        sampler.interrupt();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        System.out.printf("%-48s %6.2f s  %7.1f MB  heap +%5.0f MB at most%n", path, seconds, bytes / 1e6,
                (peak.get() - before) / 1e6);
    }

    private static void fill(RunningHub hub) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into assets (kind, category, name, description, created_by, latitude, longitude, postcode,
                                        address, tags, languages, website)
                    select (array['place', 'organisation', 'group', 'service', 'skill'])[1 + g %% 5],
                           (array['gifts', 'associations', 'institutions', 'physical-spaces'])[1 + g %% 4],
                           'Asset ' || g || case when g %% 50 = 0 then ' garden' else '' end,
                           'A community asset, number ' || g || ', with a description of a sentence or two, '
                             || 'as members write them: what it is, who it is for, "when", and how to get there.',
                           (select id from actors where local and username = 'hackney'),
                           51.3 + (g %% 1000) / 2000.0, -0.5 + (g / 1000) / 250.0, 'E8 ' || (g %% 9) || 'AA',
                           g || ' Mare Street, London', array['food', 'tag' || (g %% 30)], array['en'],
                           'https://asset' || g || '.example/'
                    from generate_series(1, %d) g""".formatted(ASSETS));
            sql.execute("analyze assets");
        }
    }
}
