package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.openreferral.SchemaCheck;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static london.patchwork.server.aggregation.HubDirectoryFixture.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three real hubs: London joins up with Hackney and Lambeth. London's pooled datasets hold London's own assets and
 * ties and those kept from the two hubs, each record naming its origin hub and its original id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LondonDatasetsIT {

    private RunningHub london;
    private RunningHub hackney;
    private RunningHub lambeth;
    private String chapel;
    private String library;
    private String hall;
    private String tie;
    private String advice;
    private String knitting;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        lambeth = RunningHub.start(TestHubs.LAMBETH);
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.directory.poll-interval", "1s"));
        HubDirectoryFixture.join(london, hackney);
        HubDirectoryFixture.join(london, lambeth);
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        TestMembers.SignedIn londoner = TestMembers.ADA.join(london.baseUrl());
        JsonNode chapelJson = asset(ada, "Round Chapel", ", \"latitude\": 51.5525, \"longitude\": -0.0552");
        JsonNode garden = asset(ada, "Clapton Garden", "");
        chapel = chapelJson.get("url").asText();
        library = asset(grace, "Brixton Library", ", \"latitude\": 51.4613, \"longitude\": -0.1156").get("url")
                .asText();
        hall = asset(londoner, "City Hall, \"the\" venue", ", \"latitude\": 51.5048, \"longitude\": -0.0786")
                .get("url").asText();
        advice = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "service", "category": "associations", "name": "Advice Desk", "postcode": "E8 1EA"}""")
                .get("url").asText();
        knitting = londoner.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "group", "category": "associations", "name": "Knit and Natter"}""").get("url").asText();
        String tieId = ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "partners-with", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(chapelJson.get("id").asText(), garden.get("id").asText())).get("id").asText();
        tie = HttpProbe.json(hackney.http().get("/connections/" + tieId, "application/activity+json")).get("id")
                .asText();
        await().atMost(PATIENCE).until(() -> london.rows().queryLong(
                "select count(*) from assets where uri in (?, ?, ?)", chapel, library, advice) == 3
                && london.rows().queryLong("select count(*) from ties where uri = ?", tie) == 1
                // The records name their hubs as the directory last read them.
                && london.rows().queryLong("select count(*) from hubs where name is not null") == 2);
    }

    @AfterAll
    void stop() {
        london.close();
        hackney.close();
        lambeth.close();
    }

    private static JsonNode asset(TestMembers.SignedIn member, String name, String extra) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": %s%s}"""
                .formatted(quote(name), extra));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String origin(String uri) {
        URI id = URI.create(uri);
        return id.getScheme() + "://" + id.getRawAuthority();
    }

    @Test
    void theGeoJsonHoldsEveryHubsAssetsWithTheirOriginAndOriginalId() {
        HttpResponse<String> response = london.http().get("/datasets/london/assets.geojson", "application/geo+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/");
        JsonNode collection = HttpProbe.json(response.body());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        Map<String, JsonNode> byId = new HashMap<>();
        collection.get("features").forEach(feature -> byId.put(feature.get("id").asText(), feature));
        assertThat(byId).containsKeys(chapel, library, hall);

        JsonNode fromHackney = byId.get(chapel);
        assertThat(fromHackney.get("type").asText()).isEqualTo("Feature");
        assertThat(fromHackney.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(fromHackney.at("/geometry/coordinates/0").asDouble()).isEqualTo(-0.0552);
        assertThat(fromHackney.at("/geometry/coordinates/1").asDouble()).isEqualTo(51.5525);
        assertThat(fromHackney.at("/properties/name").asText()).isEqualTo("Round Chapel");
        assertThat(fromHackney.at("/properties/origin_hub").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(fromHackney.at("/properties/origin").asText()).isEqualTo(origin(chapel));
        assertThat(fromHackney.at("/properties/original_id").asText()).isEqualTo(chapel);
        assertThat(byId.get(library).at("/properties/origin_hub").asText())
                .isEqualTo(TestHubs.LAMBETH.displayName());
        assertThat(byId.get(library).at("/geometry/coordinates/0").asDouble()).isEqualTo(-0.1156);
        JsonNode own = byId.get(hall);
        assertThat(own.at("/properties/origin_hub").asText()).isEqualTo(TestHubs.LONDON.displayName());
        assertThat(own.at("/properties/origin").asText()).isEqualTo(origin(hall));
        assertThat(own.at("/properties/original_id").asText()).isEqualTo(hall);

        HttpResponse<String> unchanged = london.http().get("/datasets/london/assets.geojson",
                "Accept", "application/geo+json", "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
    }

    @Test
    void theCsvReadsBackWithOriginColumns() throws IOException {
        HttpResponse<String> response = london.http().get("/datasets/london/assets.csv", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            assertThat(parser.getHeaderNames()).contains("name", "latitude", "longitude", "origin_hub", "origin",
                    "original_id");
            Map<String, CSVRecord> byId = new HashMap<>();
            parser.getRecords().forEach(row -> byId.put(row.get("original_id"), row));
            assertThat(byId).containsKeys(chapel, library, hall);
            assertThat(byId.get(chapel).get("origin_hub")).isEqualTo(TestHubs.HACKNEY.displayName());
            assertThat(byId.get(chapel).get("longitude")).isEqualTo("-0.0552");
            assertThat(byId.get(library).get("origin")).isEqualTo(origin(library));
            assertThat(byId.get(hall).get("name")).isEqualTo("City Hall, \"the\" venue");
            assertThat(byId.get(hall).get("origin_hub")).isEqualTo(TestHubs.LONDON.displayName());
        }
    }

    @Test
    void theConnectionsCsvSaysWhereEachTieComesFrom() throws IOException {
        HttpResponse<String> response = london.http().get("/datasets/london/connections.csv", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord row = rows.stream().filter(r -> r.get("original_id").equals(tie)).findFirst().orElseThrow();
            assertThat(row.get("origin_hub")).isEqualTo(TestHubs.HACKNEY.displayName());
            assertThat(row.get("origin")).isEqualTo(origin(tie));
            assertThat(row.get("type")).isEqualTo("partners-with");
            assertThat(row.get("subject_name")).isEqualTo("Round Chapel");
        }
        HttpResponse<String> graphml = london.http().get("/datasets/london/network.graphml", "application/graphml+xml");
        assertThat(graphml.statusCode()).isEqualTo(200);
        assertThat(graphml.body()).contains("<graphml").contains("Round Chapel").contains("Clapton Garden");
    }

    @Test
    void theOpenReferralListingHoldsEveryHubsServicesInTheProfilesShapes() {
        HttpResponse<String> response = london.http().get("/datasets/london/openreferral/services?per_page=50",
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = HttpProbe.json(response);
        assertThat(SchemaCheck.problems("page.json", page)).isEmpty();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode service : page.get("contents")) {
            assertThat(SchemaCheck.problems("service_list.json", service)).as(service.toString()).isEmpty();
            byId.put(service.get("original_id").asText(), service);
        }
        // Places are not services: only services and groups are listed.
        assertThat(byId.keySet()).containsExactlyInAnyOrder(advice, knitting);
        assertThat(page.get("total_items").asLong()).isEqualTo(2);
        assertThat(byId.get(advice).get("name").asText()).isEqualTo("Advice Desk");
        assertThat(byId.get(advice).get("origin_hub").asText()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(byId.get(advice).get("origin").asText()).isEqualTo(origin(advice));
        assertThat(byId.get(knitting).get("origin_hub").asText()).isEqualTo(TestHubs.LONDON.displayName());
        assertThat(london.http().get("/datasets/london/openreferral/services?page=0", "application/json")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theDatasetsPageListsThePooledDatasets() {
        String page = london.http().get("/datasets", "text/html").body();
        assertThat(page).contains("/datasets/london/assets.geojson").contains("/datasets/london/assets.csv")
                .contains("/datasets/london/connections.csv").contains("/datasets/london/network.graphml")
                .contains("/datasets/london/openreferral/services");
        assertThat(hackney.http().get("/datasets", "text/html").body()).doesNotContain("/datasets/london/")
                .contains("/datasets/assets.geojson");
    }
}
