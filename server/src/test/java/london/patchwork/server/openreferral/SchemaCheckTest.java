package london.patchwork.server.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the Open Referral UK tests rely on finds what is wrong, and passes what is right. */
class SchemaCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aConformingServiceSummaryPasses() throws Exception {
        assertThat(SchemaCheck.problems("service_list.json", JSON.readTree("""
                {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Counselling", "status": "active",
                 "url": "https://example.com/counselling", "last_modified": "2023-03-15T10:30:45.123Z",
                 "organization": {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Org", "description": ""}}
                """))).isEmpty();
    }

    @Test
    void missingMembersBadFormatsEnumsAndTypesAreEachReported() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"id": "12", "status": "open", "url": "not a url", "last_modified": "yesterday",
                 "organization": {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": 7, "description": ""}}
                """);
        assertThat(SchemaCheck.problems("service_list.json", bad)).containsExactlyInAnyOrder(
                "$ lacks required name",
                "$.id is \"12\", not a uuid",
                "$.status is \"open\", not one of [\"active\",\"inactive\",\"defunct\",\"temporarily closed\"]",
                "$.url is \"not a url\", not a uri",
                "$.last_modified is \"yesterday\", not a date-time",
                "$.organization.name should be string but is NUMBER");
    }

    @Test
    void itemsAndReferencesAreFollowed() throws Exception {
        JsonNode page = JSON.readTree("""
                {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "S", "status": "active",
                 "url": "https://example.com/", "service_at_locations": [{"id": "e94c9f38-1e8f-4564-91d4-d53501ab1765",
                 "location": {"id": "3a19ff88-4620-4d17-9830-ac1d859eb5d5", "location_type": "physical",
                 "url": "https://example.com/", "addresses": [{"id": "74706e55-df26-4b84-80fe-ecc30b5befb4"}]}}]}
                """);
        assertThat(SchemaCheck.problems("service.json", page))
                .contains("$.service_at_locations[0].location.addresses[0] lacks required postal_code");
    }
}
