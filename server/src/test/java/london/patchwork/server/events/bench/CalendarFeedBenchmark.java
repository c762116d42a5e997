package london.patchwork.server.events.bench;

import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hub's calendar ({@code GET /calendar.ics}) with 10,000 events stored: a tenth weekly series with exception
 * dates, a twentieth all-day, a fiftieth cancelled, a few in zones other than London, each with a place, tags and a
 * Markdown description. A real hub in this process (embedded PostgreSQL, real HTTP), rows written straight into its
 * database; one request at a time: the full calendar (unchanged), the same with a matching {@code If-None-Match}
 * (304), a category's calendar, this month's page and the upcoming events page, and the full calendar after one
 * event was edited each time. Prints the size and the latencies' percentiles. See
 * docs/performance.md.
 *
 * <p>{@code ./mvnw -q -o -pl server -am -Pbenchmark verify -DskipTests
 * -Dbenchmark.main=london.patchwork.server.events.bench.CalendarFeedBenchmark -Dbenchmark.args="30"}
 */
public final class CalendarFeedBenchmark {

    private static final int EVENTS = 10_000;
    private static final int WARM_UP = 5;

    private CalendarFeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (RunningHub hub = RunningHub.start(TestHubs.HACKNEY)) {
            long started = System.nanoTime();
            fill(hub);
            System.out.printf("stored %d events in %.1f s%n", EVENTS, (System.nanoTime() - started) / 1e9);
            HttpProbe http = new HttpProbe(hub.baseUrl());

            long first = System.nanoTime();
            HttpResponse<String> calendar = http.get("/calendar.ics", "text/calendar");
            System.out.printf("first /calendar.ics %.0f ms%n", (System.nanoTime() - first) / 1e6);
            check(calendar, 200);
            String body = calendar.body();
            int vevents = body.split("BEGIN:VEVENT", -1).length - 1;
            System.out.printf("/calendar.ics: %d VEVENTs, %,d bytes (%.1f MB), %d VTIMEZONEs%n", vevents,
                    body.getBytes(StandardCharsets.UTF_8).length, body.getBytes(StandardCharsets.UTF_8).length / 1e6,
                    body.split("BEGIN:VTIMEZONE", -1).length - 1);
            String etag = calendar.headers().firstValue("ETag").orElseThrow();
            for (int i = 0; i < WARM_UP; i++) {
                check(http.get("/calendar.ics", "text/calendar"), 200);
            }
            measure("/calendar.ics", requests, () -> check(http.get("/calendar.ics", "text/calendar"), 200));
            measure("  304", requests * 10, () -> check(http.get("/calendar.ics", "If-None-Match", etag), 304));
            measure("category", requests, () -> check(http.get("/events/categories/workshop/calendar.ics",
                    "text/calendar"), 200));
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
            String month = "/events/" + today.getYear() + "/" + today.getMonthValue();
            String monthPage = http.get(month, "text/html").body();
            System.out.printf("%s: %d events listed, %,d bytes%n", month,
                    monthPage.split("href=\"/events/", -1).length - 1, monthPage.length());
            measure("month view", requests * 3, () -> check(http.get(month, "text/html"), 200));
            measure("upcoming", requests * 3, () -> check(http.get("/events", "text/html"), 200));
            int[] edited = {0};
            measure("after an edit", requests, () -> {
                edit(hub, ++edited[0] * 37);
                check(http.get("/calendar.ics", "text/calendar"), 200);
            });
        }
    }

    private static void measure(String name, int requests, Runnable request) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long at = System.nanoTime();
            request.run();
            millis.add((System.nanoTime() - at) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-13s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d requests)%n", name,
                percentile(millis, 0.50), percentile(millis, 0.95), millis.getLast(), requests);
    }

    private static HttpResponse<String> check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** One event changed as an edit changes it: its sequence and time, so the calendar's ETag moves. */
    private static void edit(RunningHub hub, int n) {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update calendar_events set sequence = sequence + 1, updated_at = now(), title = title"
                    + " || '!' where uri = 'http://localhost/events/bench-" + n + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 10,000 events from 80 days ago on, twenty minutes apart, by the hub's Group. */
    private static void fill(RunningHub hub) throws SQLException {
        try (Connection connection = hub.rows().connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into calendar_events (uri, local, author_id, title, description, description_html,
                        starts_at, ends_at, time_zone, all_day, recurrence_frequency, recurrence_count,
                        exception_dates, place_name, street_address, locality, postcode, latitude, longitude,
                        category, tags, status, sequence)
                    select 'http://localhost/events/bench-' || g, true, a.id, 'Community event number ' || g,
                           'Come along to **event ' || g || '**: tea, talk and the week ahead.\n\n- bring a friend',
                           '<p>Come along</p>',
                           date_trunc('hour', now()) - interval '80 days' + g * interval '20 minutes',
                           date_trunc('hour', now()) - interval '80 days' + g * interval '20 minutes'
                               + interval '2 hours',
                           case when g %% 97 = 0 then 'America/New_York' when g %% 89 = 0 then 'Europe/Paris'
                                else 'Europe/London' end,
                           g %% 20 = 0,
                           case when g %% 10 = 0 then 'WEEKLY' end, case when g %% 10 = 0 then 12 end,
                           case when g %% 10 = 0 then array[to_char(now() + interval '14 days', 'YYYY-MM-DD')]
                                else '{}' end,
                           'Hall ' || (g %% 50), g || ' High Street', 'London', 'E8 1AA',
                           51.5 + (g %% 100) / 1000.0, -0.05 - (g %% 100) / 1000.0,
                           case when g %% 3 = 0 then 'workshop' else 'meetup' end, array['tea', 'week' || (g %% 7)],
                           case when g %% 50 = 0 then 'CANCELLED' else 'CONFIRMED' end, g %% 4
                    from generate_series(1, %d) g
                    cross join (select id from actors where local and type = 'Group' limit 1) a""".formatted(EVENTS));
            sql.execute("analyze calendar_events");
        }
    }
}
