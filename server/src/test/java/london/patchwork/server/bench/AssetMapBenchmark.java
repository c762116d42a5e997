package london.patchwork.server.bench;

import london.patchwork.server.assets.AssetQuery;
import london.patchwork.server.assets.AssetSearch;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static london.patchwork.server.bench.Timings.time;

/**
 * The map's queries with 100,000 assets spread over Greater London (five kinds, six categories, a handful of tags,
 * one in fifty named a garden): a borough-sized bounding box with a kind filter, the same with words, all of London
 * with a filter and words, and all of London with a filter alone (the map's first view), each through the search
 * alone (in this process) and over HTTP (the GeoJSON layer and the map page). A real hub in this process (embedded
 * PostgreSQL, real HTTP), rows written straight into its database; one request at a time, percentiles printed, and
 * the plans of the two bounding-box queries. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark,!aot-cache verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.AssetMapBenchmark -Dbenchmark.args="500"}
 */
public final class AssetMapBenchmark {

    private static final int ASSETS = 100_000;
    private static final int WARM_UP = 100;
    private static final double SOUTH = 51.29;
    private static final double NORTH = 51.69;
    private static final double WEST = -0.51;
    private static final double EAST = 0.33;
    /** About a borough: 7 km east to west, 6.5 km north to south. */
    private static final double BOX_WIDTH = 0.10;
    private static final double BOX_HEIGHT = 0.06;
    private static final String BOROUGH = "point(longitude, latitude) <@ box(point(-0.10, 51.50), point(0.0, 51.56))";

    private AssetMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            TestMembers.ADA.join(hub.baseUrl());
            long started = System.nanoTime();
            fill(hub);
            System.out.printf("stored %d assets in %.1f s%n", ASSETS, (System.nanoTime() - started) / 1e9);
            AssetSearch search = hub.bean(AssetSearch.class);
            Random random = new Random(12);
            HttpProbe http = hub.http();
            for (int i = 0; i < WARM_UP; i++) {
                search.points(new AssetQuery(box(random), null, "place", null, "garden", 1_000, 0));
                get(http, "/api/patchwork/assets/geojson?bbox=" + bbox(random) + "&kind=place&q=garden");
            }
            time("search box+kind", requests, () -> search.points(new AssetQuery(box(random), null, "place", null,
                    null, 1_000, 0)));
            time("search box+kind+q", requests, () -> search.points(new AssetQuery(box(random), null, "place",
                    null, "garden", 1_000, 0)));
            time("search all+kind+q", requests, () -> search.points(new AssetQuery(null, null, "place", null,
                    "garden", 1_000, 0)));
            time("search list page", requests, () -> search.find(new AssetQuery(box(random), "associations", null,
                    null, "garden", 50, 0)));
            time("search all+kind", requests, () -> search.points(new AssetQuery(london(), null, "place", null,
                    null, 1_000, 0)));
            measure(http, "geojson box+kind", requests, () -> "/api/patchwork/assets/geojson?bbox=" + bbox(random)
                    + "&kind=place");
            measure(http, "geojson box+kind+q", requests, () -> "/api/patchwork/assets/geojson?bbox="
                    + bbox(random) + "&kind=place&q=garden");
            measure(http, "geojson all+kind", requests, () -> "/api/patchwork/assets/geojson?bbox="
                    + "-0.51,51.29,0.33,51.69&kind=place");
            measure(http, "/map box+kind+q", requests, () -> "/map?bbox=" + bbox(random) + "&kind=place&q=garden");
            explain(hub, "box, kind and words", BOROUGH + " and kind = 'place' and search @@ "
                    + "websearch_to_tsquery('english', 'garden')");
            explain(hub, "box and kind", BOROUGH + " and kind = 'place'");
            explain(hub, "all of London and kind", "latitude between 51.29 and 51.69 and longitude between -0.51 "
                    + "and 0.33 and kind = 'place'");
        }
    }

    private static AssetQuery.Box box(Random random) {
        double west = WEST + random.nextDouble() * (EAST - WEST - BOX_WIDTH);
        double south = SOUTH + random.nextDouble() * (NORTH - SOUTH - BOX_HEIGHT);
        return new AssetQuery.Box(west, south, west + BOX_WIDTH, south + BOX_HEIGHT);
    }

    private static AssetQuery.Box london() {
        return new AssetQuery.Box(WEST, SOUTH, EAST, NORTH);
    }

    private static String bbox(Random random) {
        AssetQuery.Box box = box(random);
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", box.west(), box.south(), box.east(), box.north());
    }

    private static void measure(HttpProbe http, String name, int requests, Supplier<String> path) {
        time(name, requests, () -> get(http, path.get()));
    }


    private static void get(HttpProbe http, String path) {
        HttpResponse<String> response = http.get(path, "*/*");
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The plan of the map layer's query for one filter, as PostgreSQL ran it. */
    private static void explain(RunningHub hub, String name, String filter) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("explain (analyze, costs off, timing on) select id, name, kind, category, "
                     + "postcode, latitude, longitude from assets where deleted_at is null and review = 'approved' "
                     + "and " + filter + " and latitude is not null order by lower(name), id limit 1001")) {
            System.out.println("plan, " + name + ":");
            while (rows.next()) {
                System.out.println("  " + rows.getString(1));
            }
        }
    }

    /** Writes the assets, uniformly over the box around Greater London, by Ada. */
    private static void fill(RunningHub hub) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("select setseed(0.12)");
            sql.execute(String.format(Locale.ROOT, """
                    insert into assets (kind, category, name, description, postcode, latitude, longitude, tags,
                                        created_by)
                    select (array['place', 'organisation', 'group', 'service', 'skill'])[1 + g %% 5],
                           (array['gifts', 'associations', 'institutions', 'physical-spaces', 'local-economy',
                                  'culture-stories'])[1 + (g / 5) %% 6],
                           case when g %% 50 = 0 then 'Community garden ' || g
                                else (array['Hall', 'Library', 'Food bank', 'Choir', 'Repair cafe', 'Advice centre',
                                            'Youth club', 'Market'])[1 + g %% 8] || ' ' || g end,
                           'Mapped for the benchmark: asset number ' || g || ', open to everyone nearby.',
                           'E' || (1 + g %% 20) || ' ' || (g %% 9) || 'AB',
                           %f + random() * %f, %f + random() * %f,
                           array[(array['food', 'music', 'advice', 'youth', 'repair', 'heritage'])[1 + g %% 6]],
                           (select id from actors where username = 'ada')
                    from generate_series(1, %d) g""", SOUTH, NORTH - SOUTH, WEST, EAST - WEST, ASSETS));
            sql.execute("vacuum analyze assets");
        }
    }
}
