package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three real hubs: London's Group follows Hackney's and Lambeth's (the hubs rows inserted as joining would), each
 * hub maps assets, lists events and records ties, and London's views across hubs show them all, each once, each
 * with its origin hub; edits and deletes at the origin reach the index; a removed hub's items go.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubViewsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningHub london;
    private RunningHub hackney;
    private RunningHub lambeth;
    private TestMembers.SignedIn hackneyAda;
    private String hackneyOrigin;
    private String lambethOrigin;
    private String chapel;
    private String chapelId;
    private String library;
    private String fairUri;
    private String fairId;
    private String gigUri;
    private String londonEventUri;
    private String bridgeTie;

    @BeforeAll
    void start() {
        london = RunningHub.start(TestHubs.LONDON);
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        london.followHub(hackney, PATIENCE);
        london.followHub(lambeth, PATIENCE);
        hackneyOrigin = JoinedHubs.originOf(hackney.actorUrl()).orElseThrow();
        lambethOrigin = JoinedHubs.originOf(lambeth.actorUrl()).orElseThrow();
        joined(hackney, hackneyOrigin, "Hackney Community Hub", "Hackney");
        joined(lambeth, lambethOrigin, "Lambeth Network", "Lambeth");

        hackneyAda = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn lambethGrace = TestMembers.GRACE.join(lambeth.baseUrl());
        TestMembers.SignedIn londonOlu = TestMembers.OLU.join(london.baseUrl());
        JsonNode round = asset(hackneyAda, "Round Chapel", 51.5525, -0.0552);
        chapel = round.get("url").asText();
        chapelId = round.get("id").asText();
        String garden = asset(hackneyAda, "Clapton Community Garden", 51.5589, -0.0555).get("id").asText();
        String bank = asset(hackneyAda, "Hackney Food Bank", 51.5450, -0.0560).get("id").asText();
        library = asset(lambethGrace, "Brixton Library", 51.4613, -0.1156).get("url").asText();
        asset(londonOlu, "City Hall", 51.5048, -0.0786);
        tie(hackneyAda, "partners-with", garden, bank);
        bridgeTie = tie(hackneyAda, "refers-to", garden, library);

        JsonNode fair = event(hackneyAda, "Winter fair", "workshop");
        fairUri = fair.get("uri").asText();
        fairId = fair.get("id").asText();
        gigUri = event(lambethGrace, "Brixton gig", "arts").get("uri").asText();
        londonEventUri = event(londonOlu, "Mayor's question time", "workshop").get("uri").asText();

        await().atMost(PATIENCE).until(() -> mapUris().containsAll(List.of(chapel, library))
                && calendarUris("").containsAll(List.of(fairUri, gigUri, londonEventUri)));
    }

    @AfterAll
    void stop() {
        for (RunningHub hub : new RunningHub[] {london, hackney, lambeth}) {
            if (hub != null) {
                hub.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyHubsItemsAppearOnceWithTheirOriginHub() {
        JsonNode map = json("/api/patchwork/hubs/map");
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode round = feature(map, chapel);
        assertThat(round.get("properties").get("name").asText()).isEqualTo("Round Chapel");
        assertThat(round.get("properties").get("origin").get("name").asText()).isEqualTo("Hackney Community Hub");
        assertThat(round.get("properties").get("url").asText()).isEqualTo(chapel);
        assertThat(round.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-0.0552);
        // Lambeth's library reached London twice (from Lambeth, and as the end of Hackney's tie): it is one item.
        assertThat(mapUris().stream().filter(library::equals)).hasSize(1);
        assertThat(feature(map, library).get("properties").get("origin").get("name").asText())
                .isEqualTo("Lambeth Network");
        assertThat(names(map, "London Hub")).contains("City Hall");

        JsonNode hackneyOnly = json("/api/patchwork/hubs/map?hub=" + enc(hackneyOrigin));
        assertThat(names(hackneyOnly, "Hackney Community Hub")).contains("Round Chapel", "Hackney Food Bank");
        assertThat(hackneyOnly.get("features")).allSatisfy(feature -> assertThat(
                feature.get("properties").get("origin").get("name").asText()).isEqualTo("Hackney Community Hub"));
        String page = london.http().get("/hubs/map?hub=" + enc(hackneyOrigin), "text/html").body();
        assertThat(page).contains("Round Chapel").contains("Hackney Community Hub").doesNotContain("Brixton Library");
        assertThat(london.http().get("/api/patchwork/hubs/map?hub=nowhere", "application/json").statusCode())
                .isEqualTo(404);
        // The navigation links the views on a hub that has joined others, not on one that has not.
        assertThat(london.http().get("/", "text/html").body()).contains("id=\"nav-across-hubs\"");
        assertThat(hackney.http().get("/", "text/html").body()).doesNotContain("nav-across-hubs");

        // The Groups' notes of new assets are the hubs' posts.
        await().atMost(PATIENCE).until(() -> feedHubs().containsAll(List.of("Hackney Community Hub",
                "Lambeth Network", "London Hub")));
        JsonNode lambethFeed = json("/api/patchwork/hubs/feed?hub=" + enc(lambethOrigin));
        assertThat(lambethFeed.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("origin").get("name").asText()).isEqualTo("Lambeth Network");
            assertThat(item.get("uri").asText()).startsWith(lambethOrigin);
        });
        assertThat(london.http().get("/hubs/feed", "text/html").body()).contains("Lambeth Network")
                .contains("New on the map: Brixton Library");

        JsonNode found = json("/api/patchwork/hubs/search?q=" + enc("chapel"));
        assertThat(found.get("items")).extracting(item -> item.get("uri").asText()).contains(chapel);
        assertThat(found.get("items").get(0).get("origin").get("name").asText()).isEqualTo("Hackney Community Hub");
        JsonNode libraries = json("/api/patchwork/hubs/search?q=" + enc("brixton library") + "&kind=asset");
        assertThat(libraries.get("items")).extracting(item -> item.get("uri").asText()).containsExactly(library);
        assertThat(london.http().get("/hubs/search?q=chapel", "text/html").body()).contains("Round Chapel")
                .contains("Hackney Community Hub");
        assertThat(london.http().get("/api/patchwork/hubs/search?kind=event", "application/json").statusCode())
                .isEqualTo(422);
    }

    @Test
    @Order(2)
    void theCalendarFiltersByAreaAndCategoryAndItsFeedParses() throws Exception {
        assertThat(calendarUris("?area=Hackney")).contains(fairUri).doesNotContain(gigUri, londonEventUri);
        assertThat(calendarUris("?category=workshop")).contains(fairUri, londonEventUri).doesNotContain(gigUri);
        assertThat(calendarUris("?area=Lambeth&category=workshop")).isEmpty();
        JsonNode gig = StreamSupport.stream(json("/api/patchwork/hubs/calendar?area=Lambeth").get("items")
                .spliterator(), false).filter(item -> item.get("uri").asText().equals(gigUri)).findFirst()
                .orElseThrow();
        assertThat(gig.get("starts_at").asText()).isEqualTo("2031-12-06T12:00:00Z");
        assertThat(gig.get("category").asText()).isEqualTo("arts");
        assertThat(gig.get("origin").get("area").asText()).isEqualTo("Lambeth");

        HttpResponse<String> ics = london.http().get("/hubs/calendar.ics?area=Lambeth", "text/calendar");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = parse(ics.body());
        List<VEvent> all = calendar.getComponents("VEVENT");
        assertThat(all).hasSize(1);
        VEvent only = all.getFirst();
        assertThat(value(only, "UID")).isEqualTo(gigUri);
        assertThat(value(only, "SUMMARY")).isEqualTo("Brixton gig");
        List<VEvent> workshops = parse(london.http().get(
                "/hubs/calendar.ics?category=workshop", "text/calendar").body()).getComponents("VEVENT");
        assertThat(workshops).extracting(event -> value(event, "UID"))
                .contains(fairUri, londonEventUri).doesNotContain(gigUri);

        String page = london.http().get("/hubs/calendar?area=Hackney", "text/html").body();
        assertThat(page).contains("Winter fair").contains("Hackney Community Hub").doesNotContain("Brixton gig")
                .contains("Saturday 6 December 2031").contains("/hubs/calendar.ics?area=Hackney");
    }

    @Test
    @Order(3)
    void tiesBetweenTwoHubsAreMarkedAsBridges() {
        await().atMost(PATIENCE).until(() -> StreamSupport.stream(json("/api/patchwork/hubs/network").get("ties")
                .spliterator(), false).anyMatch(tie -> tie.get("to").asText().equals(library)));
        JsonNode network = json("/api/patchwork/hubs/network");
        JsonNode bridge = StreamSupport.stream(network.get("ties").spliterator(), false)
                .filter(tie -> tie.get("to").asText().equals(library)).findFirst().orElseThrow();
        assertThat(bridge.get("bridge").asBoolean()).isTrue();
        assertThat(bridge.get("type").asText()).isEqualTo("refers-to");
        assertThat(StreamSupport.stream(network.get("ties").spliterator(), false)
                .filter(tie -> tie.get("type").asText().equals("partners-with")))
                .allSatisfy(tie -> assertThat(tie.get("bridge").asBoolean()).isFalse()).isNotEmpty();
        JsonNode figures = network.get("figures");
        assertThat(figures.get("bridges").asLong()).isEqualTo(1);
        assertThat(figures.get("pairs")).hasSize(1);
        assertThat(List.of(figures.get("pairs").get(0).get("first").get("name").asText(),
                figures.get("pairs").get(0).get("second").get("name").asText()))
                .containsExactlyInAnyOrder("Hackney Community Hub", "Lambeth Network");
        assertThat(figures.get("brokers")).extracting(broker -> broker.get("name").asText())
                .containsExactlyInAnyOrder("Clapton Community Garden", "Brixton Library");
        JsonNode garden = StreamSupport.stream(network.get("nodes").spliterator(), false)
                .filter(node -> node.get("name").asText().equals("Clapton Community Garden")).findFirst()
                .orElseThrow();
        assertThat(garden.get("origin").get("name").asText()).isEqualTo("Hackney Community Hub");

        String page = london.http().get("/hubs/network", "text/html").body();
        assertThat(page).contains("hub-network__bridge").contains("id=\"hub-network-bridges\">1<")
                .contains("Clapton Community Garden").contains("between hubs");
        assertThat(bridgeTie).isNotBlank();
    }

    @Test
    @Order(4)
    void theCalendarMapAndGraphPagesShowItemsFromThreeHubsInABrowser() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(london.baseUrl() + "/hubs/map");
            waitFor(driver, By.cssSelector("#asset-map[data-state='loaded']"));
            int placed = json("/api/patchwork/hubs/map").get("features").size();
            waitUntil(driver, d -> markers(d) == placed);
            List<String> hubs = driver.findElements(By.cssSelector("#map-list .hub-item__hub")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertThat(hubs).contains("Hackney Community Hub", "Lambeth Network", "London Hub");

            driver.get(london.baseUrl() + "/hubs/calendar");
            List<String> calendarHubs = driver.findElements(By.cssSelector(".hub-item__hub")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertThat(calendarHubs).contains("Hackney Community Hub", "Lambeth Network", "London Hub");

            driver.get(london.baseUrl() + "/hubs/network");
            waitFor(driver, By.cssSelector("#hub-network-svg .hub-network__bridge"));
            List<String> colours = driver.findElements(By.cssSelector("#hub-network-svg circle")).stream()
                    .map(circle -> circle.getAttribute("fill")).distinct().toList();
            assertThat(colours).hasSizeGreaterThanOrEqualTo(2);
            assertThat(driver.findElements(By.cssSelector("#hub-network-legend a")).stream()
                    .map(WebElement::getText).toList()).contains("Hackney Community Hub", "Lambeth Network");
        }
    }

    @Test
    @Order(5)
    void anEditAndADeleteAtTheOriginReachTheIndex() {
        hackneyAda.jsonOk("PATCH", "/api/patchwork/assets/" + chapelId, "{\"name\": \"The Round Chapel\"}");
        await().atMost(PATIENCE).until(() -> feature(json("/api/patchwork/hubs/map"), chapel).get("properties")
                .get("name").asText().equals("The Round Chapel"));
        assertThat(json("/api/patchwork/hubs/search?q=" + enc("round chapel") + "&kind=asset").get("items"))
                .hasSize(1);

        assertThat(hackneyAda.json("DELETE", "/api/patchwork/events/" + fairId, null).statusCode()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> !calendarUris("").contains(fairUri));
        assertThat(calendarUris("")).contains(gigUri, londonEventUri);
    }

    @Test
    @Order(6)
    void anEmptyIndexIsFilledFromWhatIsStoredAtStartUp() {
        long rows = london.rows().queryLong("select count(*) from hub_items");
        assertThat(rows).isGreaterThanOrEqualTo(8);
        london.rows().update("delete from hub_items");
        london.bean(ItemIndexFill.class).fillIfEmpty();
        assertThat(london.rows().queryLong("select count(*) from hub_items")).isEqualTo(rows);
        assertThat(mapUris()).contains(chapel, library);
    }

    @Test
    @Order(7)
    void aRemovedHubsItemsGo() {
        long gone = london.bean(ItemIndex.class).forget(lambethOrigin);
        assertThat(gone).isGreaterThanOrEqualTo(3);
        assertThat(mapUris()).contains(chapel).doesNotContain(library);
        assertThat(calendarUris("")).doesNotContain(gigUri).contains(londonEventUri);
        assertThat(london.rows().queryLong("select count(*) from hub_items where origin = ?", lambethOrigin))
                .isZero();
    }

    private void joined(RunningHub hub, String origin, String name, String area) {
        long actorId = london.rows().queryLong("select id from actors where uri = ?", hub.actorUrl());
        london.bean(HubRepository.class).save(new Hub(null, actorId, origin, "@" + hub.actorUrl()
                .substring(hub.actorUrl().lastIndexOf('/') + 1) + "@" + origin.substring(origin.indexOf("//") + 2),
                name, null, area, "patchwork", null, null, Instant.now(), null, null, true, null, Hub.DONE, null, 0,
                null, Instant.now()));
    }

    private static JsonNode asset(TestMembers.SignedIn member, String name, double latitude, double longitude) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "%s", "description": "A place.",
                 "latitude": %s, "longitude": %s}""".formatted(name, latitude, longitude));
    }

    private static String tie(TestMembers.SignedIn member, String type, String subject, String object) {
        return member.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "%s", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(type, subject, object)).get("id").asText();
    }

    private static JsonNode event(TestMembers.SignedIn member, String title, String category) {
        return member.jsonOk("POST", "/api/patchwork/events", """
                {"title": "%s", "description": "Come along.", "start": "2031-12-06T12:00",
                 "end": "2031-12-06T17:00", "time_zone": "Europe/London", "place_name": "Somewhere",
                 "latitude": 51.55, "longitude": -0.05, "category": "%s"}""".formatted(title, category));
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = london.http().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return HttpProbe.json(response);
    }

    private List<String> mapUris() {
        return uris(json("/api/patchwork/hubs/map").get("features"), "id");
    }

    private List<String> calendarUris(String query) {
        return uris(json("/api/patchwork/hubs/calendar" + query).get("items"), "uri");
    }

    private List<String> feedHubs() {
        List<String> hubs = new ArrayList<>();
        json("/api/patchwork/hubs/feed").get("items").forEach(item -> hubs.add(item.get("origin").get("name")
                .asText()));
        return hubs;
    }

    private static List<String> uris(JsonNode items, String field) {
        List<String> found = new ArrayList<>();
        items.forEach(item -> found.add(item.get(field).asText()));
        return found;
    }

    private static JsonNode feature(JsonNode map, String uri) {
        return StreamSupport.stream(map.get("features").spliterator(), false)
                .filter(feature -> feature.get("id").asText().equals(uri)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode map, String hub) {
        return StreamSupport.stream(map.get("features").spliterator(), false)
                .filter(feature -> feature.get("properties").get("origin").get("name").asText().equals(hub))
                .map(feature -> feature.get("properties").get("name").asText()).toList();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int markers(WebDriver driver) {
        int count = 0;
        for (WebElement icon : driver.findElements(By.cssSelector("#asset-map .leaflet-marker-icon"))) {
            String classes = icon.getAttribute("class");
            count += classes.contains("marker-cluster") ? Integer.parseInt(icon.getText().strip()) : 1;
        }
        return count;
    }

    private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(driver::getPageSource).until(condition);
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
