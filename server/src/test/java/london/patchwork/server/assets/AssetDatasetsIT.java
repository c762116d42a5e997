package london.patchwork.server.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assets datasets on a real hub: GeoJSON with longitude first, CSV that a CSV parser reads back field for field
 * (commas, quotes, line breaks, non-ASCII), only listed assets, across several pages of the stream, and an ETag.
 */
@MicronautTest(transactional = false)
class AssetDatasetsIT extends HubTest {

    /** More than two pages of {@link ExportStream#PAGE}, added straight to the table. */
    static final int MANY = 2 * ExportStream.PAGE + 7;
    static final String AWKWARD = "Tea, cake & \"chat\"\nevery Thursday — café ünïcode 🌱";

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    LocalActors localActors;

    private String garden;
    private String awkward;

    @BeforeAll
    void mapSomeAssets() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        garden = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "Clapton Community Garden",
                 "postcode": "E5 0LH", "latitude": 51.5576, "longitude": -0.0450, "tags": ["growing", "food"],
                 "languages": ["en", "tr"], "website": "https://garden.example/"}
                """).get("id").asText();
        awkward = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "group", "category": "associations", "name": "Knit, Natter \\"& Sew\\"",
                 "description": %s}
                """.formatted(quoted(AWKWARD))).get("id").asText();
        String gone = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "service", "category": "associations", "name": "Deleted Desk"}
                """).get("id").asText();
        assertThat(ada.json("DELETE", "/api/patchwork/assets/" + gone, "").statusCode()).isEqualTo(204);
        long hub = localActors.hub().id();
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                insert into assets (kind, category, name, created_by, latitude, longitude)
                select 'place', 'physical-spaces', 'Bench ' || n, ?, 51.5 + n / 100000.0, -0.1
                from generate_series(1, ?) n""", statement -> {
            statement.setLong(1, hub);
            statement.setInt(2, MANY);
            return statement.executeUpdate();
        }));
    }

    @Test
    void geoJsonIsAFeatureCollectionWithLongitudeFirst() {
        HttpResponse<String> response = http().get("/datasets/assets.geojson", "application/geo+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("ETag").orElse("")).startsWith("W/\"assets-");
        JsonNode collection = HttpProbe.json(response);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = collection.get("features");
        assertThat(features.size()).isEqualTo(MANY + 2);

        Map<String, JsonNode> byUrl = new HashMap<>();
        features.forEach(feature -> byUrl.put(feature.get("id").asText(), feature));
        assertThat(byUrl).hasSize(MANY + 2);
        JsonNode place = byUrl.get(baseUrl() + "/assets/" + garden);
        assertThat(place.get("type").asText()).isEqualTo("Feature");
        assertThat(place.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(place.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-0.0450);
        assertThat(place.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(51.5576);
        JsonNode properties = place.get("properties");
        assertThat(properties.get("name").asText()).isEqualTo("Clapton Community Garden");
        assertThat(properties.get("tags").toString()).isEqualTo("[\"growing\",\"food\"]");
        assertThat(properties.get("languages").toString()).isEqualTo("[\"en\",\"tr\"]");
        assertThat(properties.get("url").asText()).isEqualTo(baseUrl() + "/assets/" + garden);
        assertThat(properties.has("latitude")).isFalse();
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(AssetCsv.COLUMNS);
        expected.removeAll(List.of("latitude", "longitude"));
        assertThat(names).containsExactlyElementsOf(expected);

        JsonNode group = byUrl.get(baseUrl() + "/assets/" + awkward);
        assertThat(group.has("geometry")).isTrue();
        assertThat(group.get("geometry").isNull()).isTrue();
        assertThat(group.get("properties").get("description").asText()).isEqualTo(AWKWARD);
        assertThat(features.findValuesAsText("name")).doesNotContain("Deleted Desk");
    }

    @Test
    void csvHasTheSharedHeaderAndReadsBackFieldForField() throws IOException {
        HttpResponse<byte[]> response = http().sendBytes("/datasets/assets.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase())
                .isEqualTo("text/csv;charset=utf-8");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,name,kind,category,description,website,email,phone,status,eligibility,fees,"
                + "schedule,languages,location_name,address,postcode,latitude,longitude,accessibility,tags,url,"
                + "created_at,updated_at\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(AssetCsv.COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(MANY + 2);
            Map<String, CSVRecord> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.get("id"), row));
            assertThat(byId).hasSize(MANY + 2);
            CSVRecord place = byId.get(garden);
            assertThat(place.get("latitude")).isEqualTo("51.5576");
            assertThat(place.get("longitude")).isEqualTo("-0.045");
            assertThat(place.get("tags")).isEqualTo("growing;food");
            assertThat(place.get("languages")).isEqualTo("en;tr");
            assertThat(place.get("website")).isEqualTo("https://garden.example/");
            assertThat(place.get("url")).isEqualTo(baseUrl() + "/assets/" + garden);
            assertThat(java.time.OffsetDateTime.parse(place.get("created_at"))).isNotNull();
            CSVRecord group = byId.get(awkward);
            assertThat(group.get("name")).isEqualTo("Knit, Natter \"& Sew\"");
            assertThat(group.get("description")).isEqualTo(AWKWARD);
            assertThat(group.get("latitude")).isEmpty();
            assertThat(group.get("longitude")).isEmpty();
            Set<String> names = new java.util.HashSet<>();
            rows.forEach(row -> names.add(row.get("name")));
            assertThat(names).doesNotContain("Deleted Desk").contains("Bench 1", "Bench " + MANY);
        }
    }

    @Test
    void anUnchangedDatasetIsNotSentAgainAndAChangeShowsInItsETag() {
        HttpResponse<String> first = http().get("/datasets/assets.csv", "text/csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http().get("/datasets/assets.csv", "Accept", "text/csv", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        TestMembers.SignedIn ada = TestMembers.ADA.signIn(baseUrl());
        ada.jsonOk("PATCH", "/api/patchwork/assets/" + garden, "{\"fees\": \"Free\"}");
        HttpResponse<String> changed = http().get("/datasets/assets.csv", "Accept", "text/csv",
                "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(http().get("/datasets/assets.geojson", "application/geo+json").headers().firstValue("ETag"))
                .contains(changed.headers().firstValue("ETag").orElseThrow());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
