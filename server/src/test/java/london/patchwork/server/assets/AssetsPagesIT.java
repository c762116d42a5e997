package london.patchwork.server.assets;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The assets' pages without JavaScript: the form, the page, the history, the list's filters and deleting. */
@MicronautTest(transactional = false)
class AssetsPagesIT extends HubTest {

    @Inject
    AssetRepository assets;

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    @Test
    void aMemberAddsAnAssetThroughTheFormEditsItAndSeesItsHistory() {
        HttpResponse<String> blank = ada.get("/assets/new", "text/html");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("<label for=\"latitude\">", "name=\"_form\"");

        HttpResponse<String> created = ada.form("/assets/new", fields("Dalston Tool Library", "51.5465", "-0.0750"));
        assertThat(created.statusCode()).isEqualTo(303);
        String path = created.headers().firstValue("Location").orElseThrow();
        assertThat(path).matches("/assets/\\d+");

        String page = http().get(path, "text/html").body();
        assertThat(page).contains("Dalston Tool Library", "51.5465, -0.075",
                "https://www.openstreetmap.org/?mlat=51.5465&amp;mlon=-0.075", "E8 3DL", "#tools", path + "/history");

        assertThat(ada.get(path + "/edit", "text/html").body()).contains("value=\"Dalston Tool Library\"");
        Map<String, String> edit = fields("Dalston Tool Library", "51.5465", "-0.0750");
        edit.put("fees", "Pay what you can");
        HttpResponse<String> edited = ada.form(path + "/edit", edit);
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(http().get(path, "text/html").body()).contains("Pay what you can");
        assertThat(grace.get(path + "/edit", "text/html").statusCode()).isEqualTo(403);

        String history = http().get(path + "/history", "text/html").body();
        assertThat(history).contains("id=\"revision-1\"", "id=\"revision-2\"", "Pay what you can",
                TestMembers.ADA.handle());

        HttpResponse<String> deleted = ada.form(path + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(http().get(path, "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormWithBadCoordinatesComesBackWithTheReasonsBesideTheFieldsAndNothingIsStored() {
        long before = assets.count();
        Map<String, String> bad = fields("Kingsland Waste market", "north", "-0.07");
        bad.put("website", "ftp://market.example/");
        HttpResponse<String> refused = ada.form("/assets/new", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"latitude-error\"", "latitude must be a number",
                "id=\"website-error\"", "value=\"north\"", "value=\"Kingsland Waste market\"");

        HttpResponse<String> outOfRange = ada.form("/assets/new", fields("Kingsland Waste market", "95", "-0.07"));
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("id=\"latitude-error\"", "latitude must be between -90 and 90");
        assertThat(assets.count()).isEqualTo(before);
    }

    @Test
    void theListFiltersByCategoryKindTagAndWords() {
        Map<String, String> cafe = fields("Ridley Road Repair Café", "51.548", "-0.072");
        cafe.put("category", "local-economy");
        cafe.put("tags", "repair");
        assertThat(ada.form("/assets/new", cafe).statusCode()).isEqualTo(303);
        Map<String, String> choir = fields("Hackney Singers", "51.55", "-0.06");
        choir.put("kind", "group");
        choir.put("category", "associations");
        choir.put("tags", "music");
        assertThat(ada.form("/assets/new", choir).statusCode()).isEqualTo(303);

        String byCategory = http().get("/assets?category=local-economy", "text/html").body();
        assertThat(byCategory).contains("Ridley Road Repair Café").doesNotContain("Hackney Singers");
        String byKind = http().get("/assets?kind=group", "text/html").body();
        assertThat(byKind).contains("Hackney Singers").doesNotContain("Ridley Road Repair Café");
        String byTag = http().get("/assets?tag=music", "text/html").body();
        assertThat(byTag).contains("Hackney Singers").doesNotContain("Ridley Road Repair Café");
        String byWords = http().get("/assets?q=singers", "text/html").body();
        assertThat(byWords).contains("Hackney Singers").doesNotContain("Ridley Road Repair Café");
        assertThat(http().get("/assets", "text/html").body()).contains("href=\"/assets\">Assets</a>");
    }

    private static Map<String, String> fields(String name, String latitude, String longitude) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("kind", "place");
        fields.put("category", "physical-spaces");
        fields.put("description", "Borrow drills, saws and ladders.");
        fields.put("status", "active");
        fields.put("address", "Ashwin Street, London");
        fields.put("postcode", "e8 3dl");
        fields.put("latitude", latitude);
        fields.put("longitude", longitude);
        fields.put("tags", "tools, sharing");
        return fields;
    }
}
