package london.patchwork.server.assets;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub configured with a tile server: its URL template and attribution reach both maps, and only the map pages'
 * Content-Security-Policy allows that host's images.
 */
@MicronautTest(transactional = false)
class MapTilesIT extends HubTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.map.tile-url", "https://{s}.tiles.example.org/{z}/{x}/{y}.png");
        properties.put("patchwork.map.attribution", "© Example Tiles & contributors");
        return properties;
    }

    @Test
    void theTileSettingsReachTheMapsAndTheirPolicy() {
        HttpResponse<String> map = http().get("/map", "text/html");
        assertThat(map.body()).contains("data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"",
                "data-attribution=\"© Example Tiles &amp; contributors\"");
        assertThat(map.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: https://*.tiles.example.org", "script-src 'self'");

        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        HttpResponse<String> form = ada.get("/assets/new", "text/html");
        assertThat(form.body()).contains("id=\"place-map\"",
                "data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"");
        assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: https://*.tiles.example.org");

        // Pages without a map keep the policy every page has, which says nothing of tiles.
        assertThat(http().get("/assets", "text/html").headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("tiles.example.org");
    }
}
