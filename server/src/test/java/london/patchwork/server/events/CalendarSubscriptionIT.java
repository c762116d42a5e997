package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static london.patchwork.server.events.PartnerCalendar.vevent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partner's calendar served from 127.0.0.1, subscribed through the API and the organiser page: the hub follows
 * events added, changed and removed upstream, keeps them when the feed breaks or goes away, and asks conditionally.
 */
@MicronautTest(transactional = false)
class CalendarSubscriptionIT extends HubTest {

    @Inject
    CalendarEventRepository events;

    @Inject
    EventService eventService;

    @Inject
    DataSource dataSource;

    private PartnerCalendar partner;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // The scheduled refresher looks every second here, so the schedule test need not wait a minute.
        properties.put("patchwork.calendars.poll-interval", "1s");
        return properties;
    }

    @BeforeAll
    void startPartner() {
        partner = new PartnerCalendar();
    }

    @AfterAll
    void stopPartner() {
        partner.close();
    }

    @Test
    void theHubFollowsTheFeedKeepsWhatItHadWhenTheFeedBreaksAndAsksConditionally() {
        partner.serve(vevent("a@partner", "20270112T190000", "Tenants meeting"),
                vevent("b@partner", "20270114T100000", "Coffee morning"));

        HttpResponse<String> subscribed = api("POST", "", "{\"url\":\"" + partner.url() + "\"}");
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        JsonNode created = HttpProbe.json(subscribed);
        long id = created.at("/subscription/id").asLong();
        assertThat(created.get("added").asInt()).isEqualTo(2);
        assertThat(created.at("/subscription/status").asText()).isEqualTo("ok");
        assertThat(created.at("/subscription/name").asText()).isEqualTo("Clapton Tenants");
        assertThat(titles(id)).containsExactlyInAnyOrder("Tenants meeting", "Coffee morning");
        CalendarEvent meeting = imported(id, "a@partner");
        assertThat(meeting.authorId()).isEqualTo(eventService.authorId(ImportedEvents.HUB));
        assertThat(meeting.sourceUrl()).isEqualTo("https://partner.example/a@partner");
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2027-01-12T19:00:00Z"));
        assertThat(http().get("/calendar.ics", "text/calendar").body()).contains(meeting.uri());
        assertThat(http().get("/events/" + meeting.id(), "text/html").body()).contains("id=\"imported-from\"")
                .contains("href=\"https://partner.example/a@partner\"").contains(">Clapton Tenants</a>");
        assertThat(http().get("/events", "text/html").body()).contains("href=\"webcal://"
                + java.net.URI.create(baseUrl()).getRawAuthority() + "/calendar.ics\"");

        JsonNode unchanged = refresh(id);
        assertThat(partner.lastValidator()).isEqualTo("\"v1\"");
        assertThat(unchanged.at("/subscription/status").asText()).isEqualTo("not_modified");
        assertThat(List.of(unchanged.get("added").asInt(), unchanged.get("updated").asInt(),
                unchanged.get("removed").asInt())).containsExactly(0, 0, 0);

        partner.serve(vevent("a@partner", "20270112T183000", "Tenants meeting (earlier)"),
                vevent("c@partner", "20270120T190000", "Repair café"));
        JsonNode changed = refresh(id);
        assertThat(List.of(changed.get("added").asInt(), changed.get("updated").asInt(),
                changed.get("removed").asInt())).containsExactly(1, 1, 1);
        assertThat(titles(id)).containsExactlyInAnyOrder("Tenants meeting (earlier)", "Repair café");
        CalendarEvent moved = imported(id, "a@partner");
        assertThat(moved.id()).isEqualTo(meeting.id());
        assertThat(moved.sequence()).isGreaterThan(meeting.sequence());
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2027-01-12T18:30:00Z"));
        CalendarEvent coffee = events.findBySource(id, "b@partner").orElseThrow();
        assertThat(coffee.deleted()).isTrue();
        // Imported events federate as the hub's own: Create, Update on a change upstream, Delete when gone.
        assertThat(activityTypes(meeting.uri())).containsExactly("Create", "Update");
        assertThat(activityTypes(coffee.uri())).containsExactly("Create", "Delete");

        partner.failWith(500);
        JsonNode broken = refresh(id);
        assertThat(broken.at("/subscription/status").asText()).isEqualTo("failed");
        assertThat(broken.at("/subscription/error").asText()).contains("500");
        assertThat(titles(id)).containsExactlyInAnyOrder("Tenants meeting (earlier)", "Repair café");
        TestMembers.SignedIn olu = olu();
        assertThat(olu.get("/organise/calendars", "text/html").body()).contains("Failing")
                .contains("the feed answered HTTP 500");

        partner.serveRaw("<html><body>Moved</body></html>", "text/html");
        assertThat(refresh(id).at("/subscription/error").asText()).contains("not an iCalendar feed");
        partner.serveRaw("<html><body>Moved</body></html>", "text/calendar");
        assertThat(refresh(id).at("/subscription/error").asText()).contains("not an iCalendar feed");
        assertThat(titles(id)).hasSize(2);

        JsonNode listed = HttpProbe.json(api("GET", "", null));
        assertThat(listed).anySatisfy(row -> {
            assertThat(row.get("id").asLong()).isEqualTo(id);
            assertThat(row.get("status").asText()).isEqualTo("failed");
            assertThat(row.get("event_count").asInt()).isEqualTo(2);
        });

        HttpResponse<String> removed = api("DELETE", "/" + id, null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(removed).get("events_removed").asInt()).isEqualTo(2);
        assertThat(events.fromSubscription(id)).isEmpty();
        assertThat(api("POST", "/" + id + "/refresh", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aFeedThatGoesAwayKeepsItsEventsAndSaysSo() {
        try (PartnerCalendar shortLived = new PartnerCalendar()) {
            shortLived.serve(vevent("gone@partner", "20270201T190000", "Film night"));
            long id = HttpProbe.json(api("POST", "", "{\"url\":\"" + shortLived.url() + "\"}"))
                    .at("/subscription/id").asLong();
            assertThat(titles(id)).containsExactly("Film night");
            shortLived.close();

            JsonNode refused = refresh(id);
            assertThat(refused.at("/subscription/status").asText()).isEqualTo("failed");
            assertThat(refused.at("/subscription/error").asText()).contains("could not connect");
            assertThat(titles(id)).containsExactly("Film night");
        }
    }

    @Test
    void badAddressesAndPeopleWhoAreNotOrganisersAreRefused() {
        assertThat(api("POST", "", "{\"url\":\"ftp://partner.example/feed.ics\"}").statusCode()).isEqualTo(422);
        assertThat(api("POST", "", "{\"url\":\"not a url\"}").statusCode()).isEqualTo(422);
        assertThat(api("POST", "", "{}").statusCode()).isEqualTo(422);

        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        assertThat(ada.json("POST", "/api/patchwork/calendar-subscriptions", "{\"url\":\"" + partner.url() + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(ada.get("/organise/calendars", "text/html").statusCode()).isEqualTo(403);
        assertThat(http().send(HttpRequest.newBuilder(http().uri("/api/patchwork/calendar-subscriptions")).GET())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anOrganiserSubscribesAndRefreshesFromThePageWithTheFormToken() {
        try (PartnerCalendar page = new PartnerCalendar()) {
            page.serve(vevent("page@partner", "20270301T190000", "Garden day"));
            TestMembers.SignedIn olu = olu();

            HttpResponse<String> list = olu.get("/organise/calendars", "text/html");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("<label for=\"url\">").contains("webcal://");

            HttpResponse<String> added = olu.form("/organise/calendars", Map.of("url", page.url()));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            assertThat(added.body()).contains("Subscribed to Clapton Tenants: 1 added, 0 updated, 0 removed.");
            long id = idOf(page.url());

            HttpResponse<String> again = olu.form("/organise/calendars", Map.of("url", page.url()));
            assertThat(again.statusCode()).isEqualTo(422);
            assertThat(again.body()).contains("already subscribes").contains("value=\"" + page.url() + "\"");

            HttpResponse<String> refreshed = olu.form("/organise/calendars/" + id + "/refresh", Map.of());
            assertThat(refreshed.body()).contains("Refreshed Clapton Tenants: unchanged since the last fetch.");

            HttpResponse<String> removed = olu.form("/organise/calendars/" + id + "/remove", Map.of());
            assertThat(removed.body()).contains("Removed the calendar and its 1 event.");
            assertThat(events.fromSubscription(id)).isEmpty();
        }
    }

    @Test
    void theRefresherFetchesASubscriptionWhenItIsDue() throws Exception {
        try (PartnerCalendar scheduled = new PartnerCalendar()) {
            scheduled.serve(vevent("due@partner", "20270401T190000", "Spring clean"));
            long id = HttpProbe.json(api("POST", "", "{\"url\":\"" + scheduled.url() + "\"}"))
                    .at("/subscription/id").asLong();
            int before = scheduled.requests();
            scheduled.serve(vevent("due@partner", "20270401T190000", "Spring clean (bring gloves)"));

            try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement due = connection
                    .prepareStatement("update calendar_subscriptions set next_fetch_at = now() where id = ?")) {
                due.setLong(1, id);
                due.executeUpdate();
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> titles(id).contains("Spring clean (bring gloves)"));
            assertThat(scheduled.requests()).isGreaterThan(before);
        }
    }

    private TestMembers.SignedIn organiser;

    /** Olu joins once for the class; each test signs in afresh. */
    private synchronized TestMembers.SignedIn olu() {
        if (organiser == null) {
            organiser = TestMembers.OLU.join(baseUrl());
            return organiser;
        }
        return TestMembers.OLU.signIn(baseUrl());
    }

    private List<String> activityTypes(String objectUri) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select type from activities where raw->'object'->>'id' = ? or raw->>'object' = ? order by id")) {
            query.setString(1, objectUri);
            query.setString(2, objectUri);
            List<String> types = new java.util.ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long idOf(String url) {
        for (JsonNode row : HttpProbe.json(api("GET", "", null))) {
            if (row.get("url").asText().equals(url)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("not subscribed: " + url);
    }

    private JsonNode refresh(long id) {
        HttpResponse<String> response = api("POST", "/" + id + "/refresh", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpProbe.json(response);
    }

    private List<String> titles(long subscription) {
        return events.fromSubscription(subscription).stream().map(CalendarEvent::title).toList();
    }

    private CalendarEvent imported(long subscription, String uid) {
        return events.findBySource(subscription, uid).orElseThrow();
    }

    private HttpResponse<String> api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/api/patchwork/calendar-subscriptions" + path))
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http().send(request);
    }
}
