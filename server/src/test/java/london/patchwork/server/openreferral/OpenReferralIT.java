package london.patchwork.server.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Referral UK API on a real hub: every response checked against the project's schemas written from the
 * profile (src/test/resources/openreferral), paging, filters and refusals.
 */
@MicronautTest(transactional = false)
class OpenReferralIT extends HubTest {

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private String foodBank;
    private String knitters;
    private String garden;

    @BeforeAll
    void mapSomeAssets() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        foodBank = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "service", "category": "associations", "name": "Hackney Food Bank",
                 "description": "Food parcels, no referral needed.", "website": "https://food.example/",
                 "email": "help@food.example", "phone": "020 7946 0001", "eligibility": "Anyone in Hackney",
                 "fees": "Free", "schedule": "Tuesdays and Fridays 10:00-14:00", "languages": ["en", "Turkish"],
                 "location_name": "St Mark's hall", "address": "1 Sandringham Road, London", "postcode": "E8 2LR",
                 "latitude": 51.5495, "longitude": -0.0711, "accessibility": "Step-free entrance",
                 "tags": ["food", "advice"]}
                """).get("id").asText();
        knitters = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "group", "category": "gifts", "name": "Clapton Knitters",
                 "description": "We knit for the winter shelter.", "tags": ["crafts"]}
                """).get("id").asText();
        garden = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "Clapton Garden", "postcode": "E5 0LH"}
                """).get("id").asText();
        String gone = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "service", "category": "associations", "name": "Closed Advice Desk"}
                """).get("id").asText();
        assertThat(ada.json("DELETE", "/api/patchwork/assets/" + gone, "").statusCode()).isEqualTo(204);
    }

    @Test
    void theRootSaysWhichVersionAndProfile() {
        JsonNode root = ok("/openreferral/");
        assertThat(SchemaCheck.problems("root.json", root)).isEmpty();
        assertThat(root.get("version").asText()).isEqualTo("3.0");
        assertThat(root.get("openapi_url").asText()).endsWith("/schema/openapi.json");
    }

    @Test
    void servicesAreAPageOfServicesAndGroupsOnly() {
        JsonNode page = ok("/openreferral/services");
        assertPage(page, "service_list.json");
        assertThat(names(page)).containsExactly("Clapton Knitters", "Hackney Food Bank");
        assertThat(page.get("total_items").asInt()).isEqualTo(2);
        assertThat(page.get("first_page").asBoolean()).isTrue();
        assertThat(page.get("last_page").asBoolean()).isTrue();
        JsonNode bank = page.get("contents").get(1);
        assertThat(bank.get("id").asText()).isEqualTo(uuid(foodBank));
        assertThat(bank.get("url").asText()).isEqualTo("https://food.example/");
        assertThat(bank.get("organization").get("id").asText()).isEqualTo(bank.get("organization_id").asText());
        assertThat(page.get("contents").get(0).get("url").asText()).isEqualTo(baseUrl() + "/assets/" + knitters);
    }

    @Test
    void pagesCountFromOneAndRunOutEmpty() {
        JsonNode first = ok("/openreferral/services?per_page=1");
        JsonNode second = ok("/openreferral/services?per_page=1&page=2");
        JsonNode beyond = ok("/openreferral/services?per_page=1&page=3");
        for (JsonNode page : List.of(first, second, beyond)) {
            assertPage(page, "service_list.json");
            assertThat(page.get("total_pages").asInt()).isEqualTo(2);
        }
        assertThat(names(first)).containsExactly("Clapton Knitters");
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(names(second)).containsExactly("Hackney Food Bank");
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("last_page").asBoolean()).isTrue();
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("size").asInt()).isZero();
    }

    @Test
    void aMalformedPageIsRefused() {
        for (String query : List.of("page=abc", "page=0", "page=-2", "per_page=lots", "per_page=0",
                "modified_after=last+week")) {
            HttpResponse<String> response = http().get("/openreferral/services?" + query, "application/json");
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(HttpProbe.json(response).get("error").asText()).as(query).isNotBlank();
        }
        assertThat(http().get("/openreferral/taxonomy_terms?page=x", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void filtersNarrowTheServicesAndUnknownOnesAreIgnored() {
        assertThat(names(ok("/openreferral/services?text=parcels"))).containsExactly("Hackney Food Bank");
        assertThat(names(ok("/openreferral/services?search=winter+shelter"))).containsExactly("Clapton Knitters");
        assertThat(names(ok("/openreferral/services?postcode=e8"))).containsExactly("Hackney Food Bank");
        assertThat(names(ok("/openreferral/services?modified_after=2999-01-01"))).isEmpty();
        assertThat(names(ok("/openreferral/services?modified_after=2020-01-01T00:00:00Z"))).hasSize(2);
        assertThat(names(ok("/openreferral/services?colour=blue&minimum_age=12"))).hasSize(2);
        assertThat(names(ok("/openreferral/services?taxonomy_term_id=" + term("#food"))))
                .containsExactly("Hackney Food Bank");
        assertThat(names(ok("/openreferral/services?taxonomy_term_id=" + term("Group"))))
                .containsExactly("Clapton Knitters");
        assertThat(names(ok("/openreferral/services?taxonomy_term_id=" + term("Associations"))))
                .containsExactly("Hackney Food Bank");
        assertThat(names(ok("/openreferral/services?taxonomy_term_id=0f3c1f5e-0000-4000-8000-000000000000")))
                .isEmpty();
    }

    @Test
    void aServiceInFullHasItsOrganisationLocationTermsLanguagesContactsAndSchedule() {
        JsonNode service = ok("/openreferral/services/" + uuid(foodBank));
        assertThat(SchemaCheck.problems("service.json", service)).isEmpty();
        assertThat(service.get("organization").get("name").asText()).isEqualTo("Hackney Food Bank");
        JsonNode location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("latitude").asDouble()).isEqualTo(51.5495);
        assertThat(location.get("longitude").asDouble()).isEqualTo(-0.0711);
        assertThat(location.get("name").asText()).isEqualTo("St Mark's hall");
        assertThat(location.get("addresses").get(0).get("postal_code").asText()).isEqualTo("E8 2LR");
        assertThat(location.get("accessibility").get(0).get("description").asText()).isEqualTo("Step-free entrance");
        List<String> terms = new ArrayList<>();
        service.get("attributes").forEach(attribute -> terms.add(attribute.get("taxonomy_term").get("term").asText()));
        assertThat(terms).containsExactly("Associations", "Service", "#food", "#advice");
        assertThat(service.get("languages").findValuesAsText("name")).containsExactly("en", "Turkish");
        assertThat(service.get("contacts").get(0).get("email").asText()).isEqualTo("help@food.example");
        assertThat(service.get("phones").get(0).get("number").asText()).isEqualTo("020 7946 0001");
        assertThat(service.get("schedules").get(0).get("description").asText())
                .isEqualTo("Tuesdays and Fridays 10:00-14:00");
        assertThat(service.get("eligibility_description").asText()).isEqualTo("Anyone in Hackney");
        assertThat(ok("/openreferral/services/" + uuid(foodBank))).isEqualTo(service);
    }

    @Test
    void aServiceWithoutAPlaceHasNoLocationAndOnlyServicesAreFound() {
        JsonNode group = ok("/openreferral/services/" + uuid(knitters));
        assertThat(SchemaCheck.problems("service.json", group)).isEmpty();
        assertThat(group.get("service_at_locations")).isEmpty();
        assertThat(http().get("/openreferral/services/" + uuid(garden), "application/json").statusCode())
                .isEqualTo(404);
        assertThat(http().get("/openreferral/services/" + java.util.UUID.randomUUID(), "application/json")
                .statusCode()).isEqualTo(404);
        assertThat(http().get("/openreferral/services/" + foodBank, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void servicesAtLocationsListOnlyServicesWithAPlace() {
        JsonNode page = ok("/openreferral/service_at_locations");
        assertPage(page, "service_at_location.json");
        assertThat(page.get("total_items").asInt()).isEqualTo(1);
        JsonNode entry = page.get("contents").get(0);
        assertThat(entry.get("service_id").asText()).isEqualTo(uuid(foodBank));
        assertThat(entry.get("service").get("name").asText()).isEqualTo("Hackney Food Bank");
        assertThat(entry.get("location_id").asText()).isEqualTo(entry.get("location").get("id").asText());
    }

    @Test
    void taxonomiesAndTermsAreTheCategoriesKindsAndTags() {
        JsonNode taxonomies = ok("/openreferral/taxonomies");
        assertPage(taxonomies, "taxonomy.json");
        assertThat(taxonomies.get("contents").findValuesAsText("name")).containsExactly(
                "Patchwork ABCD categories", "Patchwork asset kinds", "Patchwork tags");
        String tagsId = taxonomies.get("contents").get(2).get("id").asText();
        assertThat(SchemaCheck.problems("taxonomy.json", ok("/openreferral/taxonomies/" + tagsId))).isEmpty();

        JsonNode terms = ok("/openreferral/taxonomy_terms?per_page=200");
        assertPage(terms, "taxonomy_term.json");
        assertThat(terms.get("contents").findValuesAsText("term")).contains("Gifts of individuals", "Associations",
                "Service", "Group", "#food", "#advice", "#crafts");
        assertThat(names(ok("/openreferral/services?taxonomy_id=" + tagsId))).hasSize(2);
        JsonNode tags = ok("/openreferral/taxonomy_terms?taxonomy_id=" + tagsId);
        assertThat(tags.get("contents").findValuesAsText("term")).containsExactly("#advice", "#crafts", "#food");
        String food = term("#food");
        assertThat(SchemaCheck.problems("taxonomy_term.json", ok("/openreferral/taxonomy_terms/" + food))).isEmpty();
        assertThat(http().get("/openreferral/taxonomy_terms/nope", "application/json").statusCode()).isEqualTo(404);
        assertThat(http().get("/openreferral/taxonomies/nope", "application/json").statusCode()).isEqualTo(404);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = http().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return HttpProbe.json(response);
    }

    private static void assertPage(JsonNode page, String itemSchema) {
        assertThat(SchemaCheck.problems("page.json", page)).isEmpty();
        assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size());
        assertThat(page.get("empty").asBoolean()).isEqualTo(page.get("contents").isEmpty());
        for (JsonNode item : page.get("contents")) {
            assertThat(SchemaCheck.problems(itemSchema, item)).as(item.toString()).isEmpty();
        }
    }

    private static List<String> names(JsonNode page) {
        assertPage(page, "service_list.json");
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(service -> names.add(service.get("name").asText()));
        return names;
    }

    /** The id of the term with this label, from the API itself. */
    private String term(String label) {
        for (JsonNode term : ok("/openreferral/taxonomy_terms?per_page=200").get("contents")) {
            if (term.get("term").asText().equals(label)) {
                return term.get("id").asText();
            }
        }
        throw new AssertionError("no term " + label);
    }

    private String uuid(String assetId) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select uuid::text from assets where id = ?", statement -> {
            statement.setLong(1, Long.parseLong(assetId));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }));
    }
}
