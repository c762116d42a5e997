package london.patchwork.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A forum thread with 500 replies (400 from 100 remote accounts, 100 local), among 100,000 posts stored (90,000
 * remote by 1,000 accounts, 10,000 local) and 200 other threads: its page (first and last of 10), its API page, its
 * FEP-7888 context, the forum's index and a category page. A real hub in this process (embedded PostgreSQL, real
 * HTTP), rows written straight into its database as {@link HomeStreamBenchmark} does; one request at a time,
 * latencies' percentiles printed. See docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.bench.ForumThreadBenchmark -Dbenchmark.args="300"}
 */
public final class ForumThreadBenchmark {

    private static final int REMOTE_AUTHORS = 1_000;
    private static final int POSTS = 100_000;
    private static final int REPLIES = 500;
    private static final int OTHER_THREADS = 200;
    private static final int WARM_UP = 100;

    private ForumThreadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
            TestMembers.GRACE.join(hub.baseUrl());
            for (int i = 0; i < OTHER_THREADS; i++) {
                ada.jsonOk("POST", "/api/patchwork/forum/threads", "{\"category\":\"general\",\"title\":\"Thread "
                        + i + "\",\"text\":\"About the hall, number " + i + ".\"}");
            }
            JsonNode thread = ada.jsonOk("POST", "/api/patchwork/forum/threads", "{\"category\":\"general\","
                    + "\"title\":\"The long thread\",\"text\":\"Five hundred replies follow.\"}");
            long id = thread.get("id").asLong();
            long started = System.nanoTime();
            fill(hub, id, thread.get("uri").asText());
            System.out.printf("stored %d posts, a thread of %d replies, %d other threads in %.1f s%n", POSTS, REPLIES,
                    OTHER_THREADS, (System.nanoTime() - started) / 1e9);

            for (int i = 0; i < WARM_UP; i++) {
                get(hub, "/forum/threads/" + id, "text/html");
                get(hub, "/forum/threads/" + id + "?page=10", "text/html");
            }
            measure(hub, "thread, page 1", requests, () -> "/forum/threads/" + id, "text/html");
            measure(hub, "thread, page 10", requests, () -> "/forum/threads/" + id + "?page=10", "text/html");
            measure(hub, "thread API", requests, () -> "/api/patchwork/forum/threads/" + id, "application/json");
            measure(hub, "context", requests, () -> "/forum/threads/" + id + "/context", "application/activity+json");
            measure(hub, "/forum", requests, () -> "/forum", "text/html");
            measure(hub, "/forum/general", requests, () -> "/forum/general", "text/html");
            measure(hub, "category atom", requests, () -> "/forum/general/feed.atom", "application/atom+xml");
        }
    }

    private static void measure(RunningHub hub, String name, int requests, Supplier<String> path, String accept) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String next = path.get();
            long at = System.nanoTime();
            get(hub, next, accept);
            millis.add((System.nanoTime() - at) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-16s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", name,
                percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), millis.getLast());
    }

    private static void get(RunningHub hub, String path, String accept) {
        HttpResponse<String> response = new HttpProbe(hub.baseUrl()).get(path, accept);
        if (response.statusCode() != 200 || response.body().length() < 1_000) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Writes the accounts, the posts, and the thread's replies (every fifth local), then its count. */
    private static void fill(RunningHub hub, long threadId, String threadUri) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into actors (uri, type, username, host, local, inbox_uri)
                    select 'https://host' || (i %% 20) || '.example/users/u' || i, 'Person', 'u' || i,
                           'host' || (i %% 20) || '.example', false,
                           'https://host' || (i %% 20) || '.example/users/u' || i || '/inbox'
                    from generate_series(1, %d) i""".formatted(REMOTE_AUTHORS));
            sql.execute("""
                    insert into objects (uri, type, local, author_id, visibility, to_uris, content_html, published)
                    select 'https://' || a.host || '/objects/' || g, 'Note', false, a.id, 'PUBLIC',
                           '{https://www.w3.org/ns/activitystreams#Public}',
                           '<p>Post number ' || g || ' about the hall, the garden and the week ahead</p>',
                           now() - make_interval(secs => %d - g)
                    from generate_series(1, %d) g
                    join (select id, host, row_number() over (order by id) - 1 as n from actors where not local) a
                      on a.n = g %% %d""".formatted(POSTS, POSTS, REMOTE_AUTHORS));
            sql.execute("""
                    insert into objects (uri, type, local, author_id, in_reply_to_uri, in_reply_to_id, root_id,
                                         visibility, to_uris, content_html, published)
                    select case when r %% 5 = 0 then 'http://localhost/objects/reply-' || r
                                else 'https://' || a.host || '/objects/reply-' || r end,
                           'Note', r %% 5 = 0, case when r %% 5 = 0 then l.id else a.id end, '%s', %d, %d, 'PUBLIC',
                           '{https://www.w3.org/ns/activitystreams#Public}',
                           '<p>Reply number ' || r || ': I can help with the garden on Saturday, and bring tools.</p>',
                           now() - make_interval(secs => %d - r)
                    from generate_series(1, %d) r
                    join (select id, host, row_number() over (order by id) - 1 as n from actors where not local) a
                      on a.n = r %% 100
                    join (select id from actors where local and username = 'grace') l on true"""
                    .formatted(threadUri, threadId, threadId, REPLIES, REPLIES));
            sql.execute("update forum_threads set reply_count = %d, last_activity_at = now() where post_id = %d"
                    .formatted(REPLIES, threadId));
            sql.execute("analyze");
        }
    }
}
