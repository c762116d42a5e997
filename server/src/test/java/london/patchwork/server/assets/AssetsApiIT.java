package london.patchwork.server.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The assets API on a real hub: adding, editing with history, deleting, querying, and refusing bad input. */
@MicronautTest(transactional = false)
class AssetsApiIT extends HubTest {

    @Inject
    AssetRepository assets;

    @Inject
    AssetRevisionRepository revisions;

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private TestMembers.SignedIn mo;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        mo = TestMembers.MO.join(baseUrl());
    }

    @Test
    void aMemberAddsEditsAndDeletesAnAssetAndEveryEditIsKept() {
        JsonNode created = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "Clapton Community Garden",
                 "description": "Raised beds and a polytunnel.", "website": "https://garden.example/",
                 "email": "hello@garden.example", "phone": "020 7946 0000", "location_name": "The garden",
                 "address": "1 Chatsworth Road, London", "postcode": "e5 0lh", "latitude": 51.5576,
                 "longitude": -0.0450, "accessibility": "Step-free gate", "tags": ["#Growing", "food"],
                 "languages": ["en", "tr"]}
                """);
        String id = created.get("id").asText();
        assertThat(created.get("name").asText()).isEqualTo("Clapton Community Garden");
        assertThat(created.get("postcode").asText()).isEqualTo("E5 0LH");
        assertThat(created.get("tags").toString()).isEqualTo("[\"growing\",\"food\"]");
        assertThat(created.get("created_by").asText()).isEqualTo(TestMembers.ADA.handle());
        assertThat(created.get("review").asText()).isEqualTo("approved");

        JsonNode shown = HttpProbe.json(http().get("/api/patchwork/assets/" + id, "application/json"));
        assertThat(shown.get("latitude").asDouble()).isEqualTo(51.5576);
        assertThat(shown.get("website").asText()).isEqualTo("https://garden.example/");

        JsonNode edited = ada.jsonOk("PATCH", "/api/patchwork/assets/" + id,
                "{\"schedule\": \"Saturdays 10:00-13:00\", \"status\": \"inactive\"}");
        assertThat(edited.get("schedule").asText()).isEqualTo("Saturdays 10:00-13:00");
        assertThat(edited.get("name").asText()).isEqualTo("Clapton Community Garden");

        HttpResponse<String> byAnother = grace.json("PATCH", "/api/patchwork/assets/" + id, "{\"name\": \"Mine\"}");
        assertThat(byAnother.statusCode()).isEqualTo(403);
        JsonNode byModerator = mo.jsonOk("PATCH", "/api/patchwork/assets/" + id, "{\"fees\": \"Free\"}");
        assertThat(byModerator.get("fees").asText()).isEqualTo("Free");

        JsonNode history = HttpProbe.json(http().get("/api/patchwork/assets/" + id + "/history", "application/json"));
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("number").asInt()).isEqualTo(3);
        assertThat(history.get(0).get("author").asText()).isEqualTo(TestMembers.MO.handle());
        assertThat(history.get(1).get("fields").get("status").asText()).isEqualTo("inactive");
        assertThat(history.get(2).get("fields").get("status").asText()).isEqualTo("active");
        assertThat(history.get(2).get("author").asText()).isEqualTo(TestMembers.ADA.handle());

        assertThat(grace.json("DELETE", "/api/patchwork/assets/" + id, null).statusCode()).isEqualTo(403);
        assertThat(ada.json("DELETE", "/api/patchwork/assets/" + id, null).statusCode()).isEqualTo(204);
        assertThat(http().get("/api/patchwork/assets/" + id, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void anAssetsPhotoIsOneOfItsAuthorsOwnUploads() throws java.io.IOException {
        String photo = HttpProbe.json(upload(ada, png())).get("id").asText();
        String others = HttpProbe.json(upload(grace, png())).get("id").asText();
        long before = assets.count();
        HttpResponse<String> stolen = ada.json("POST", "/api/patchwork/assets", "{\"kind\": \"place\", "
                + "\"category\": \"physical-spaces\", \"name\": \"Hall\", \"photo_id\": \"" + others + "\"}");
        assertThat(stolen.statusCode()).isEqualTo(422);
        assertThat(stolen.body()).contains("photo_id");
        assertThat(assets.count()).isEqualTo(before);

        JsonNode hall = ada.jsonOk("POST", "/api/patchwork/assets", "{\"kind\": \"place\", "
                + "\"category\": \"physical-spaces\", \"name\": \"Hall\", \"photo_id\": \"" + photo + "\"}");
        assertThat(hall.get("photo").get("id").asText()).isEqualTo(photo);
        String path = "/assets/" + hall.get("id").asText();
        assertThat(http().get(path, "text/html").body()).contains("id=\"asset-photo\"");
        JsonNode kept = ada.jsonOk("PATCH", "/api/patchwork/assets/" + hall.get("id").asText(), "{\"fees\": \"Free\"}");
        assertThat(kept.get("photo").get("id").asText()).isEqualTo(photo);
        JsonNode removed = ada.jsonOk("PATCH", "/api/patchwork/assets/" + hall.get("id").asText(),
                "{\"photo_id\": \"\"}");
        assertThat(removed.has("photo")).isFalse();
    }

    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static HttpResponse<String> upload(TestMembers.SignedIn member, byte[] bytes) {
        String boundary = "----asset" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hall.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return member.http().send(java.net.http.HttpRequest.newBuilder(member.http().uri("/api/v2/media"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").header("Cookie", member.sessionCookie()));
    }

    @Test
    void theOrganiserTokenAddsAssetsAsTheHub() {
        HttpResponse<String> response = new TestMembers.SignedIn(http(), null).json("POST", "/api/patchwork/assets",
                "{\"kind\": \"organisation\", \"category\": \"institutions\", \"name\": \"Hackney Library\"}",
                Map.of("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(HttpProbe.json(response).get("created_by").asText()).isEqualTo(TestHubs.HACKNEY.username());
    }

    @Test
    void organisersAddTheHubsOwnCategoriesAndMembersUseThem() {
        TestMembers.SignedIn organiserToken = new TestMembers.SignedIn(http(), null);
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN);
        String body = "{\"slug\": \"faith-groups\", \"name\": \"Faith groups\"}";
        assertThat(ada.json("POST", "/api/patchwork/assets/categories", body).statusCode()).isEqualTo(403);
        assertThat(organiserToken.json("POST", "/api/patchwork/assets/categories", body, bearer).statusCode())
                .isEqualTo(201);
        assertThat(organiserToken.json("POST", "/api/patchwork/assets/categories", body, bearer).statusCode())
                .isEqualTo(422);
        assertThat(organiserToken.json("POST", "/api/patchwork/assets/categories",
                "{\"slug\": \"Bad Slug!\", \"name\": \"x\"}", bearer).statusCode()).isEqualTo(422);
        JsonNode listed = HttpProbe.json(http().get("/api/patchwork/assets/categories", "application/json"));
        assertThat(listed.findValuesAsText("slug")).containsExactly("gifts", "associations", "institutions",
                "physical-spaces", "local-economy", "culture-stories", "faith-groups");
        assertThat(ada.json("POST", "/api/patchwork/assets", "{\"kind\": \"group\", \"category\": \"faith-groups\", "
                + "\"name\": \"St John's at Hackney\", \"latitude\": 51.40, \"longitude\": -0.31}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void theQueryTakesABoxACategoryAndWordsTogether() {
        List<String> ids = new ArrayList<>();
        // inside the box, right category, right words: the only one expected
        ids.add(add("Mare Street Repair Café", "local-economy", 51.545, -0.055, "Fix bikes and toasters"));
        // inside, right category, other words
        ids.add(add("Broadway Market Bakery", "local-economy", 51.537, -0.062, "Sourdough"));
        // inside, right words, other category
        ids.add(add("Repair skills share", "gifts", 51.546, -0.056, "Someone who will fix bikes"));
        // right category and words, outside the box (Brixton)
        ids.add(add("Brixton Repair Café", "local-economy", 51.462, -0.114, "Fix bikes and radios"));

        String query = "/api/patchwork/assets?bbox=" + enc("-0.10,51.52,-0.02,51.57")
                + "&category=local-economy&q=" + enc("repair bikes");
        JsonNode found = HttpProbe.json(http().get(query, "application/json"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo(ids.get(0));

        JsonNode inBox = HttpProbe.json(http().get("/api/patchwork/assets?kind=place&bbox="
                + enc("-0.10,51.52,-0.02,51.57"), "application/json"));
        assertThat(inBox.findValuesAsText("id")).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));

        HttpResponse<String> firstPage = http().get("/api/patchwork/assets?kind=place&limit=2&bbox="
                + enc("-0.10,51.52,-0.02,51.57"), "application/json");
        assertThat(HttpProbe.json(firstPage)).hasSize(2);
        assertThat(firstPage.headers().firstValue("Link").orElse("")).contains("offset=2");

        assertThat(http().get("/api/patchwork/assets?bbox=1,2,3", "application/json").statusCode()).isEqualTo(422);
        assertThat(http().get("/api/patchwork/assets?category=nope", "application/json").statusCode())
                .isEqualTo(422);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsStored() {
        long assetsBefore = assets.count();
        long revisionsBefore = revisions.count();
        Map<String, String> cases = Map.of(
                "{\"kind\": \"place\", \"category\": \"gifts\", \"name\": \"X\", \"latitude\": 91, \"longitude\": 0}",
                "latitude",
                "{\"kind\": \"place\", \"category\": \"gifts\", \"name\": \"X\", \"latitude\": 0, \"longitude\": 181}",
                "longitude",
                "{\"kind\": \"place\", \"category\": \"parks\", \"name\": \"X\"}", "category",
                "{\"kind\": \"castle\", \"category\": \"gifts\", \"name\": \"X\"}", "kind",
                "{\"kind\": \"place\", \"category\": \"gifts\", \"name\": \"X\", \"website\": \"javascript:alert(1)\"}",
                "website",
                "{\"kind\": \"place\", \"category\": \"gifts\", \"name\": \"X\", \"email\": \"not an email\"}", "email",
                "{\"kind\": \"place\", \"category\": \"gifts\", \"name\": \"  \"}", "name");
        cases.forEach((body, field) -> {
            HttpResponse<String> response = ada.json("POST", "/api/patchwork/assets", body);
            assertThat(response.statusCode()).as(body).isEqualTo(422);
            assertThat(HttpProbe.json(response).get("error").asText()).as(body).contains(field);
        });
        assertThat(assets.count()).isEqualTo(assetsBefore);
        assertThat(revisions.count()).isEqualTo(revisionsBefore);

        String id = add("Well Street Common", "physical-spaces", 51.40, -0.30, "Open grass");
        HttpResponse<String> badEdit = ada.json("PATCH", "/api/patchwork/assets/" + id, "{\"latitude\": -100}");
        assertThat(badEdit.statusCode()).isEqualTo(422);
        JsonNode after = HttpProbe.json(http().get("/api/patchwork/assets/" + id, "application/json"));
        assertThat(after.get("latitude").asDouble()).isEqualTo(51.40);
        assertThat(HttpProbe.json(http().get("/api/patchwork/assets/" + id + "/history", "application/json")))
                .hasSize(1);
    }

    private String add(String name, String category, double latitude, double longitude, String description) {
        return ada.jsonOk("POST", "/api/patchwork/assets", "{\"kind\": \"place\", \"category\": \"" + category
                + "\", \"name\": \"" + name + "\", \"description\": \"" + description + "\", \"latitude\": " + latitude
                + ", \"longitude\": " + longitude + "}").get("id").asText();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
