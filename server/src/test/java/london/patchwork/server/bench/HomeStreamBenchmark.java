package london.patchwork.server.bench;

import london.patchwork.server.posts.FeedController;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

import static london.patchwork.server.bench.Timings.time;

/**
 * The home page ({@code GET /}, first page and at random {@code max_id}s, anonymous and signed in), a tag page and the
 * feeds (over HTTP, and their generation alone: the feed controller called in the process, no HTTP), with 100,000 posts
 * stored: 90,000 by 1,000 remote accounts and 10,000 by the hub and two members, 2% followers-only, a tenth of all
 * tagged #supper. A real hub in this process (embedded PostgreSQL, real HTTP), rows written straight into
 * its database as {@link HomeTimelineBenchmark} does; one request at a time, latencies' percentiles printed. See
 * docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.HomeStreamBenchmark -Dbenchmark.args="500"}
 */
public final class HomeStreamBenchmark {

    private static final int REMOTE_AUTHORS = 1_000;
    private static final int REMOTE_POSTS = 90_000;
    private static final int LOCAL_POSTS = 10_000;
    private static final int WARM_UP = 100;

    private HomeStreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
            TestMembers.GRACE.join(hub.baseUrl());
            long started = System.nanoTime();
            long[] localIds = fill(hub);
            System.out.printf("stored %d posts (%d local) in %.1f s%n", REMOTE_POSTS + LOCAL_POSTS, LOCAL_POSTS,
                    (System.nanoTime() - started) / 1e9);

            Random random = new Random(10);
            for (int i = 0; i < WARM_UP; i++) {
                get(hub, i % 2 == 0 ? "/" : "/?max_id=" + randomId(random, localIds));
                get(hub, "/feed.atom");
            }
            measure(hub, "home, first", requests, () -> "/");
            measure(hub, "home, max_id", requests, () -> "/?max_id=" + randomId(random, localIds));
            time("home, signed in", requests, () -> ok("/", ada.get("/", "text/html")));
            time("home, s/i max_id", requests, () -> {
                String path = "/?max_id=" + randomId(random, localIds);
                ok(path, ada.get(path, "text/html"));
            });
            measure(hub, "tag page", requests, () -> "/tags/supper");
            measure(hub, "/feed.atom", requests, () -> "/feed.atom");
            measure(hub, "/feed.json", requests, () -> "/feed.json");
            measure(hub, "member atom", requests, () -> "/@ada/feed.atom");
            measure(hub, "tag atom", requests, () -> "/tags/supper/feed.atom");
            // Generation alone: the stream's 20 newest posts read, drawn and written, in this process.
            FeedController feeds = hub.bean(FeedController.class);
            time("gen. atom", requests, () -> feeds.streamAtom().body());
            time("gen. json", requests, () -> feeds.streamJson().body());
        }
    }

    private static void measure(RunningHub hub, String name, int requests, java.util.function.Supplier<String> path) {
        time(name, requests, () -> get(hub, path.get()));
    }


    private static void get(RunningHub hub, String path) {
        ok(path, new london.patchwork.server.testing.HttpProbe(hub.baseUrl()).get(path, "*/*"));
    }

    private static void ok(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().length() < 1_000) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static long randomId(Random random, long[] range) {
        return range[0] + (long) (random.nextDouble() * (range[1] - range[0]));
    }

    /** Writes the accounts, posts and tags, remote and local interleaved; answers the local posts' id range. */
    private static long[] fill(RunningHub hub) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into actors (uri, type, username, host, local, inbox_uri)
                    select 'https://host' || (i %% 20) || '.example/users/u' || i, 'Person', 'u' || i,
                           'host' || (i %% 20) || '.example', false,
                           'https://host' || (i %% 20) || '.example/users/u' || i || '/inbox'
                    from generate_series(1, %d) i""".formatted(REMOTE_AUTHORS));
            // Every tenth post is local, by the hub, Ada or Grace in turn; the rest remote.
            sql.execute("""
                    insert into objects (uri, type, local, author_id, context_uri, visibility, to_uris, content_html,
                                         published)
                    select case when g %% 10 = 0 then 'http://localhost/objects/bench-' || g
                                else 'https://' || a.host || '/objects/' || g end,
                           'Note', g %% 10 = 0,
                           case when g %% 10 = 0 then l.id else a.id end, null,
                           case when g %% 100 in (0, 7) then 'FOLLOWERS' else 'PUBLIC' end,
                           '{https://www.w3.org/ns/activitystreams#Public}',
                           '<p>Post number ' || g || ' about the hall, the garden and the week ahead '
                             || '<a href="http://localhost/tags/supper" class="mention hashtag" rel="tag">#<span>supper</span></a></p>',
                           now() - make_interval(secs => %d - g)
                    from generate_series(1, %d) g
                    join (select id, host, row_number() over (order by id) - 1 as n from actors where not local) a
                      on a.n = g %% %d
                    join (select id, row_number() over (order by id) - 1 as n from actors
                          where local and username in ('hackney', 'ada', 'grace')) l
                      on l.n = (g / 10) %% 3""".formatted(REMOTE_POSTS + LOCAL_POSTS, REMOTE_POSTS + LOCAL_POSTS,
                    REMOTE_AUTHORS));
            sql.execute("insert into object_tags (object_id, name) select id, 'supper' from objects where id % 10 = 3");
            sql.execute("analyze");
            try (var rows = sql.executeQuery("select min(id), max(id) from objects where local")) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }
}
