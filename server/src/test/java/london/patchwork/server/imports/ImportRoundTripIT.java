package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hub exports, a hub imports: the hub's own assets CSV and GeoJSON datasets imported again and compared
 * field by field; Open Referral UK services imported as service assets.
 */
@MicronautTest(transactional = false)
class ImportRoundTripIT extends HubTest {

    static final List<String> FIELDS = List.of("name", "kind", "category", "description", "website", "email",
            "phone", "status", "eligibility", "fees", "schedule", "languages", "location_name", "address", "postcode",
            "latitude", "longitude", "accessibility", "tags");

    private ImportRequests imports;
    private List<JsonNode> originals;

    @BeforeAll
    void addAssets() {
        imports = ImportRequests.of(http(), getProperties());
        TestMembers.SignedIn hub = new TestMembers.SignedIn(http(), null);
        originals = new ArrayList<>();
        for (String body : List.of("""
                {"kind": "place", "category": "physical-spaces", "name": "Round Chapel", "description": "A hall,\\n
                 with \\"quotes\\" and commas", "website": "https://chapel.example/", "email": "hi@chapel.example",
                 "phone": "020 7946 0003", "status": "active", "eligibility": "All", "fees": "Hire from £20",
                 "schedule": "Daily", "languages": ["en", "pl"], "location_name": "Main hall",
                 "address": "1 Glenarm Road, London", "postcode": "E5 0LY", "latitude": 51.5531, "longitude": -0.0508,
                 "accessibility": "Ramp", "tags": ["venue", "hire"]}""", """
                {"kind": "skill", "category": "gifts", "name": "Bike repair", "status": "inactive"}""")) {
            HttpResponse<String> made = hub.json("POST", "/api/patchwork/assets", body.replace("\n", ""),
                    Map.of("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            originals.add(HttpProbe.json(made));
        }
    }

    @Test
    void theHubsCsvExportImportsTheSame() {
        HttpResponse<String> exported = http().get("/datasets/assets.csv", "text/csv");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.body()).startsWith(ImportRequests.HEADER);
        List<JsonNode> imported = importAndRead("", "text/csv", exported.body());
        assertSameFields(imported);
    }

    @Test
    void theHubsGeoJsonExportImportsTheSame() {
        HttpResponse<String> exported = http().get("/datasets/assets.geojson", "application/geo+json");
        assertThat(exported.statusCode()).isEqualTo(200);
        List<JsonNode> imported = importAndRead("", "application/geo+json", exported.body());
        assertSameFields(imported);
    }

    @Test
    void openReferralServicesBecomeServiceAssets() {
        String page = """
                {"total_items": 2, "page_number": 1, "size": 2, "contents": [
                  {"id": "7d6b1c9e-2f0a-4c1d-8e3b-5a4f3e2d1c0b", "name": "Warm welcome cafe",
                   "description": "Tea and company.", "status": "active",
                   "organization": {"name": "Friends of Clapton", "website": "https://friends.example/"},
                   "service_at_locations": [{"location": {"name": "Library", "latitude": 51.56,
                     "longitude": -0.06, "addresses": [{"address_1": "Northwold Road", "city": "London",
                     "postal_code": "E5 8RA"}]}}]},
                  {"id": "8e7c2d0f-3a1b-4d2e-9f4c-6b5a4f3e2d1c", "name": "Benefits advice",
                   "description": "Help with forms.", "fees_description": "Free"}]}""";
        HttpResponse<String> response = imports.post("?format=oruk&category=institutions", "application/json", page);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(HttpProbe.json(response).get("imported").asInt()).isEqualTo(2);
        JsonNode cafe = HttpProbe.json(http().get("/api/patchwork/assets?q=welcome", "application/json")).get(0);
        assertThat(cafe.get("kind").asText()).isEqualTo("service");
        assertThat(cafe.get("category").asText()).isEqualTo("institutions");
        assertThat(cafe.get("website").asText()).isEqualTo("https://friends.example/");
        assertThat(cafe.get("postcode").asText()).isEqualTo("E5 8RA");
        assertThat(cafe.get("latitude").asDouble()).isEqualTo(51.56);
        JsonNode advice = HttpProbe.json(http().get("/api/patchwork/assets?q=benefits", "application/json")).get(0);
        assertThat(advice.get("fees").asText()).isEqualTo("Free");
    }

    /** Imports an export of every listed asset and reads back the copies of {@link #originals} it added. */
    private List<JsonNode> importAndRead(String query, String type, String document) {
        JsonNode listed = HttpProbe.json(http().get("/api/patchwork/assets?limit=500", "application/json"));
        long newest = listed.findValues("id").stream().mapToLong(JsonNode::asLong).max().orElse(0);
        HttpResponse<String> response = imports.post(query, type, document);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(HttpProbe.json(response).get("imported").asInt()).isEqualTo(listed.size());
        List<JsonNode> imported = new ArrayList<>();
        for (JsonNode original : originals) {
            JsonNode all = HttpProbe.json(http().get("/api/patchwork/assets?limit=500", "application/json"));
            imported.add(StreamSupport.stream(all.spliterator(), false)
                    .filter(asset -> asset.get("id").asLong() > newest
                            && asset.get("name").asText().equals(original.get("name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("not imported: " + original.get("name"))));
        }
        return imported;
    }

    private void assertSameFields(List<JsonNode> imported) {
        for (int i = 0; i < originals.size(); i++) {
            for (String field : FIELDS) {
                assertThat(String.valueOf(imported.get(i).get(field))).as(field)
                        .isEqualTo(String.valueOf(originals.get(i).get(field)));
            }
        }
    }
}
