package london.patchwork.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.Paging;
import london.patchwork.server.posts.TimelineQueries;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code GET /api/v1/timelines/home} for a member following 500 accounts, with 100,000 posts stored (by 1,000 remote
 * accounts, half of them followed, a tenth followers-only) and 2,000 boosts by followed accounts: the figure issue 9
 * asks for. A real hub in this process (embedded PostgreSQL, real HTTP); the rows are written straight into its
 * database, then the member's client asks for the first page and for pages at random depths (max_id), one request at
 * a time, and the latencies' percentiles are printed. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.HomeTimelineBenchmark -Dbenchmark.args="1000"}
 */
public final class HomeTimelineBenchmark {

    private static final int AUTHORS = 1_000;
    private static final int FOLLOWED = 500;
    private static final int POSTS = 100_000;
    private static final int WARM_UP = 200;

    private HomeTimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
            long adaId = hub.rows().localActorId("ada");
            long started = System.nanoTime();
            long[] idRange = fill(hub, adaId);
            System.out.printf("stored %d posts by %d accounts, %d followed, in %.1f s%n", POSTS, AUTHORS, FOLLOWED,
                    (System.nanoTime() - started) / 1e9);

            Random random = new Random(9);
            for (int i = 0; i < WARM_UP; i++) {
                page(ada, i % 2 == 0 ? null : randomId(random, idRange));
            }
            List<Double> first = new ArrayList<>();
            List<Double> deep = new ArrayList<>();
            int statuses = 0;
            for (int i = 0; i < requests; i++) {
                boolean firstPage = i % 2 == 0;
                long at = System.nanoTime();
                JsonNode page = page(ada, firstPage ? null : randomId(random, idRange));
                (firstPage ? first : deep).add((System.nanoTime() - at) / 1e6);
                statuses += page.size();
            }
            System.out.printf("requests: %d (%d first pages, %d at a random max_id), %.1f statuses a page%n",
                    requests, first.size(), deep.size(), (double) statuses / requests);
            report("first page", first);
            report("random max_id", deep);
            List<Double> all = new ArrayList<>(first);
            all.addAll(deep);
            report("all", all);

            // The timeline's query alone, in the hub's process: what the indexes decide, without rendering or HTTP.
            TimelineQueries queries = hub.bean(TimelineQueries.class);
            List<Long> followed = hub.bean(FollowRepository.class).findFollowedIds(adaId);
            List<Double> query = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Long maxId = i % 2 == 0 ? null : randomId(random, idRange);
                long at = System.nanoTime();
                queries.home(adaId, followed, new Paging(maxId, null, null, Paging.DEFAULT_LIMIT));
                query.add((System.nanoTime() - at) / 1e6);
            }
            report("query alone", query);
        }
    }

    private static JsonNode page(TestMembers.SignedIn member, Long maxId) {
        HttpResponse<String> response = member.json("GET", "/api/v1/timelines/home?limit=20"
                + (maxId == null ? "" : "&max_id=" + maxId), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("home answered " + response.statusCode() + ": " + response.body());
        }
        return HttpProbe.json(response);
    }

    private static long randomId(Random random, long[] range) {
        return range[0] + (long) (random.nextDouble() * (range[1] - range[0]));
    }

    private static void report(String name, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-14s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", name,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.getLast());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Writes the accounts, follows, posts and boosts; answers the posts' lowest and highest ids. */
    private static long[] fill(RunningHub hub, long memberId) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into actors (uri, type, username, host, local, inbox_uri)
                    select 'https://host' || (i %% 20) || '.example/users/u' || i, 'Person', 'u' || i,
                           'host' || (i %% 20) || '.example', false,
                           'https://host' || (i %% 20) || '.example/users/u' || i || '/inbox'
                    from generate_series(1, %d) i""".formatted(AUTHORS));
            try (PreparedStatement follows = connection.prepareStatement("""
                    insert into follows (follower_id, followed_id, state, activity_uri, accepted_at)
                    select ?, id, 'accepted', 'https://bench.example/follows/' || id, now()
                    from actors where not local order by id limit ?""")) {
                follows.setLong(1, memberId);
                follows.setInt(2, FOLLOWED);
                follows.executeUpdate();
            }
            sql.execute("""
                    insert into objects (uri, type, local, author_id, context_uri, visibility, to_uris, content_html,
                                         published)
                    select 'https://' || a.host || '/objects/' || g, 'Note', false, a.id,
                           'https://' || a.host || '/objects/' || g,
                           case when g %% 10 = 0 then 'FOLLOWERS' else 'PUBLIC' end,
                           '{https://www.w3.org/ns/activitystreams#Public}', '<p>Post number ' || g || '</p>',
                           now() - make_interval(secs => %d - g)
                    from generate_series(1, %d) g
                    join (select id, host, row_number() over (order by id) - 1 as n from actors where not local) a
                      on a.n = g %% %d""".formatted(POSTS, POSTS, AUTHORS));
            // Boosts by followed accounts of every 50th post.
            sql.execute("""
                    insert into reactions (type, object_id, actor_id, activity_uri)
                    select 'Announce', o.id, f.followed_id, o.uri || '/boost'
                    from objects o
                    join (select followed_id, row_number() over (order by followed_id) - 1 as n from follows
                          where follower_id = %d) f on f.n = o.id %% %d
                    where not o.local and o.id %% 50 = 0""".formatted(memberId, FOLLOWED));
            sql.execute("analyze");
            try (var rows = sql.executeQuery("select min(id), max(id) from objects where not local")) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        }
    }
}
