package london.patchwork.server.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page without JavaScript: its GET form of filters changes the list beside the map, which is paged; the
 * page carries the map's container and scripts, whose files are served; its GeoJSON layer. No tile server is
 * configured, so the page's policy allows images from this site only ({@link MapTilesIT} configures one).
 */
@MicronautTest(transactional = false)
class MapPageIT extends HubTest {

    private static final Pattern LISTED = Pattern.compile("<li id=\"asset-(\\d+)\"");

    private TestMembers.SignedIn ada;

    @BeforeAll
    void mapSomeAssets() {
        ada = TestMembers.ADA.join(baseUrl());
        add("place", "physical-spaces", "Clapton Community Garden", "garden, food", 51.5589, -0.0555);
        add("service", "institutions", "Homerton Advice Service", "advice", 51.5470, -0.0420);
        add("group", "associations", "Dalston Gardeners", "garden", 51.5460, -0.0750);
        add("place", "physical-spaces", "Brixton Windmill", "heritage", 51.4560, -0.1180);
        // Not placed: in the list of all assets, never on the map or beside it.
        ada.jsonOk("POST", "/api/patchwork/assets", "{\"kind\": \"skill\", \"category\": \"gifts\", "
                + "\"name\": \"Bike mending by Olu\"}");
        for (int i = 0; i < 52; i++) {
            add("organisation", "local-economy", String.format("Zz Trader %02d", i), "market",
                    51.52 + i * 0.001, -0.07);
        }
    }

    @Test
    void thePageHasTheMapContainerItsScriptsAndTheListBesideIt() {
        HttpResponse<String> page = http().get("/map", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"asset-map\"", "data-api=\"/api/patchwork/assets/geojson\"",
                "data-outline=\"/static/geo/greater-london.geojson\"", "data-tile-url=\"\"",
                "<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>",
                "<script src=\"/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js\"></script>",
                "<script src=\"/static/js/asset-map.js\"></script>",
                "href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\"", "<a href=\"/map\">Map</a>",
                "The map needs JavaScript");
        assertThat(page.body()).doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "img-src 'self' data:").doesNotContain("http");
        for (String file : List.of("/webjars/leaflet/1.9.4/dist/leaflet.js", "/static/js/asset-map.js",
                "/static/js/map-background.js", "/static/js/place-point.js",
                "/webjars/leaflet-markercluster/1.4.1/MarkerCluster.Default.css")) {
            assertThat(http().get(file, "*/*").statusCode()).as(file).isEqualTo(200);
        }
        JsonNode outline = HttpProbe.json(http().get("/static/geo/greater-london.geojson", "*/*"));
        JsonNode ring = outline.at("/features/0/geometry/coordinates/0");
        assertThat(ring.size()).isGreaterThan(24);
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        assertThat(ring.get(0).get(0).asDouble()).as("longitude first").isBetween(-0.6, 0.4);
    }

    @Test
    void theFiltersChangeTheListWhichIsPagedByName() {
        String all = http().get("/map", "text/html").body();
        List<String> first = listed(all);
        assertThat(first).hasSize(MapPageController.PAGE_SIZE);
        assertThat(all).contains("Brixton Windmill", "Clapton Community Garden").doesNotContain("Bike mending");
        assertThat(all).contains("id=\"map-next\"").doesNotContain("id=\"map-previous\"");
        String second = http().get("/map?page=2", "text/html").body();
        assertThat(listed(second)).hasSize(56 - MapPageController.PAGE_SIZE).doesNotContainAnyElementsOf(first);
        assertThat(second).contains("Zz Trader 51", "id=\"map-previous\"", "start=\"51\"");

        assertThat(names(http().get("/map?kind=service", "text/html").body()))
                .containsExactly("Homerton Advice Service");
        assertThat(names(http().get("/map?tag=garden", "text/html").body()))
                .containsExactly("Clapton Community Garden", "Dalston Gardeners");
        assertThat(names(http().get("/map?category=physical-spaces&tag=garden", "text/html").body()))
                .containsExactly("Clapton Community Garden");
        assertThat(names(http().get("/map?q=windmill", "text/html").body())).containsExactly("Brixton Windmill");
        // South London only: the box the script keeps in the address, and in the form.
        String south = http().get("/map?bbox=-0.2,51.40,0.0,51.50", "text/html").body();
        assertThat(names(south)).containsExactly("Brixton Windmill");
        assertThat(south).contains("name=\"bbox\" id=\"filter-bbox\" value=\"-0.2,51.40,0.0,51.50\"",
                "id=\"map-everywhere\"");
        assertThat(http().get("/map?q=nothing+like+this", "text/html").body()).contains("No placed assets match.");
    }

    @Test
    void badFiltersAreRefusedWithTheReason() {
        HttpResponse<String> kind = http().get("/map?kind=volcano", "text/html");
        assertThat(kind.statusCode()).isEqualTo(422);
        assertThat(kind.body()).contains("id=\"filter-error\"", "There is no kind volcano.");
        assertThat(listed(kind.body())).isEmpty();
        HttpResponse<String> box = http().get("/map?bbox=0,95,1,96", "text/html");
        assertThat(box.statusCode()).isEqualTo(422);
        assertThat(box.body()).contains("latitudes -90..90");
        assertThat(http().get("/api/patchwork/assets/geojson?category=nowhere", "application/json").statusCode())
                .isEqualTo(422);
    }

    @Test
    void theGeoJsonLayerHasTheFilteredPlacedAssetsLongitudeFirst() {
        HttpResponse<String> response = http().get("/api/patchwork/assets/geojson?bbox=-0.1,51.54,0.0,51.56"
                + "&tag=garden", "application/geo+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode layer = HttpProbe.json(response);
        assertThat(layer.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(layer.get("truncated").asBoolean()).isFalse();
        assertThat(layer.get("features")).hasSize(2);
        JsonNode garden = layer.get("features").get(0);
        assertThat(garden.at("/properties/name").asText()).isEqualTo("Clapton Community Garden");
        assertThat(garden.at("/properties/category_name").asText()).isEqualTo("Physical spaces");
        assertThat(garden.at("/properties/url").asText()).isEqualTo(baseUrl() + "/assets/" + garden.get("id")
                .asText());
        assertThat(garden.at("/geometry/coordinates/0").asDouble()).isEqualTo(-0.0555);
        assertThat(garden.at("/geometry/coordinates/1").asDouble()).isEqualTo(51.5589);

        HttpResponse<String> capped = http().get("/api/patchwork/assets/geojson?tag=market&limit=10",
                "application/geo+json");
        assertThat(HttpProbe.json(capped).get("truncated").asBoolean()).isTrue();
        assertThat(HttpProbe.json(capped).get("features")).hasSize(10);
        assertThat(capped.headers().firstValue("Link").orElseThrow())
                .isEqualTo("</api/patchwork/assets/geojson?limit=10&offset=10&tag=market>; rel=\"next\"");
    }

    private void add(String kind, String category, String name, String tags, double latitude, double longitude) {
        StringBuilder tagList = new StringBuilder();
        for (String tag : tags.split(", ")) {
            tagList.append(tagList.isEmpty() ? "" : ", ").append('"').append(tag).append('"');
        }
        ada.jsonOk("POST", "/api/patchwork/assets", "{\"kind\": \"" + kind + "\", \"category\": \"" + category
                + "\", \"name\": \"" + name + "\", \"tags\": [" + tagList + "], \"latitude\": " + latitude
                + ", \"longitude\": " + longitude + "}");
    }

    private static List<String> listed(String page) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = LISTED.matcher(page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static List<String> names(String page) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("<li id=\"asset-\\d+\"[^>]*>\\s*<a href=\"/assets/\\d+\">([^<]+)</a>")
                .matcher(page);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
