package london.patchwork.server.bench;

import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static london.patchwork.server.bench.Timings.time;

/**
 * The pan-London Hub joining HUBS hubs of ITEMS items each (two fifths posts, three tenths events, the rest places):
 * the time from adding them until every backfill is done and the index ({@code hub_items}) holds every item, then
 * the views' JSON at that size, one request at a time. One real Hub in this process (embedded PostgreSQL, real
 * HTTP); the joined hubs are {@link HubStandIn}s in this process, each a real HTTP server on its own port, whose
 * Group accepts the Hub's follow. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -P 'benchmark,!aot-cache' verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.HubAggregationBenchmark -Dbenchmark.args="50 2000"}
 */
public final class HubAggregationBenchmark {

    private static final int WARM_UP = 30;

    private HubAggregationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hubs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<HubStandIn> standIns = new ArrayList<>();
        long building = System.nanoTime();
        for (int i = 0; i < hubs; i++) {
            standIns.add(new HubStandIn(i, items));
        }
        System.out.printf("built %d stand-in hubs of %d items in %.1f s%n", hubs, items,
                (System.nanoTime() - building) / 1e9);
        long expected = standIns.stream().mapToLong(HubStandIn::items).sum();
        try (RunningHub london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.backfill-items",
                String.valueOf(items)))) {
            long started = System.nanoTime();
            for (HubStandIn standIn : standIns) {
                HttpResponse<String> added = organiser(london, "POST", "/api/patchwork/hubs",
                        "{\"url\": \"" + standIn.group() + "\"}");
                if (added.statusCode() != 201) {
                    throw new IllegalStateException("adding " + standIn.group() + ": " + added.statusCode() + " "
                            + added.body());
                }
            }
            System.out.printf("added %d hubs in %.1f s%n", hubs, (System.nanoTime() - started) / 1e9);
            ingest(london, standIns, expected, started);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("ingested and indexed %d items from %d hubs in %.1f s: %.0f items/s%n", expected, hubs,
                    seconds, expected / seconds);
            london.rows().update("vacuum analyze hub_items");
            views(london, standIns, requests);
        } finally {
            standIns.forEach(HubStandIn::close);
        }
    }

    /** Accepts each follow as it arrives and waits until every backfill is done and every item indexed. */
    private static void ingest(RunningHub london, List<HubStandIn> standIns, long expected, long started)
            throws InterruptedException {
        Set<HubStandIn> accepted = new HashSet<>();
        String inbox = london.baseUrl() + "/inbox";
        long lastReport = 0;
        while (true) {
            for (HubStandIn standIn : standIns) {
                if (!accepted.contains(standIn)) {
                    standIn.follow().ifPresent(follow -> {
                        int status = standIn.accept(follow, inbox);
                        if (status / 100 != 2) {
                            throw new IllegalStateException("Accept answered " + status);
                        }
                        accepted.add(standIn);
                    });
                }
            }
            long done = london.rows().queryLong("select count(*) from hubs where backfill_state = 'done'");
            long failed = london.rows().queryLong("select count(*) from hubs where backfill_state = 'failed'");
            long indexed = london.rows().queryLong("select count(*) from hub_items where origin <> ?",
                    origin(london));
            long inboxWaiting = london.rows().queryLong("select count(*) from inbox_activities where state = 'pending'");
            long now = System.nanoTime();
            if (now - lastReport > 5_000_000_000L) {
                lastReport = now;
                System.out.printf("%6.0f s: accepted %d, backfills done %d (failed %d), inbox waiting %d, "
                                + "indexed %d of %d%n", (now - started) / 1e9, accepted.size(), done, failed,
                        inboxWaiting, indexed, expected);
            }
            if (failed > 0) {
                throw new IllegalStateException("a backfill failed: " + london.rows().queryLong(
                        "select count(*) from hubs where backfill_state = 'failed'"));
            }
            if (done == standIns.size() && indexed >= expected) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static void views(RunningHub london, List<HubStandIn> standIns, int requests) {
        HttpProbe http = london.http();
        Random random = new Random(7);
        Supplier<String> feed = () -> "/api/patchwork/hubs/feed";
        Supplier<String> feedHub = () -> "/api/patchwork/hubs/feed?hub="
                + encode(standIns.get(random.nextInt(standIns.size())).origin());
        Supplier<String> calendar = () -> "/api/patchwork/hubs/calendar";
        Supplier<String> calendarArea = () -> "/api/patchwork/hubs/calendar?area=Camden";
        String category = london.rows().queryLong("select count(*) from hub_items where kind = 'event' "
                + "and category = 'MUSIC'") > 0 ? "MUSIC" : "music";
        Supplier<String> calendarCategory = () -> "/api/patchwork/hubs/calendar?category=" + category;
        Supplier<String> map = () -> "/api/patchwork/hubs/map?bbox=" + bbox(random);
        Supplier<String> search = () -> "/api/patchwork/hubs/search?q=" + HubStandIn.WORD;
        Map<String, Supplier<String>> queries = new java.util.LinkedHashMap<>();
        queries.put("feed", feed);
        queries.put("feed ?hub=", feedHub);
        queries.put("calendar", calendar);
        queries.put("calendar ?area=", calendarArea);
        queries.put("calendar ?category=", calendarCategory);
        queries.put("map bbox", map);
        queries.put("search ?q=", search);
        queries.forEach((name, path) -> {
            String body = get(http, path.get());
            System.out.printf("%-19s answers %d bytes, e.g. %s%n", name, body.length(), path.get());
            for (int i = 0; i < WARM_UP; i++) {
                get(http, path.get());
            }
        });
        queries.forEach((name, path) -> time(name, requests, () -> get(http, path.get())));
    }

    /** About a borough: 7 km east to west, 6.5 km north to south, somewhere in Greater London. */
    private static String bbox(Random random) {
        double west = -0.51 + random.nextDouble() * (0.84 - 0.10);
        double south = 51.29 + random.nextDouble() * (0.40 - 0.06);
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", west, south, west + 0.10, south + 0.06);
    }

    private static String get(HttpProbe http, String path) {
        HttpResponse<String> response = http.get(path, "application/json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> organiser(RunningHub hub, String method, String path, String json) {
        HttpProbe http = hub.http();
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }

    private static String origin(RunningHub hub) {
        java.net.URI base = java.net.URI.create(hub.baseUrl());
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
