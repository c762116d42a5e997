package london.patchwork.server.site;

import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import london.patchwork.server.testing.HubTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /datasets} and the home page's alternates list every {@link DatasetSource} bean: the assets' and Open
 * Referral UK's, and one this test adds the way another capability would, without site knowing of it.
 */
@MicronautTest(transactional = false)
class DatasetsPageIT extends HubTest {

    /** A capability the kernel has never heard of, publishing one dataset. */
    @Singleton
    @Requires(property = "patchwork.test.extra-dataset", value = "true")
    static class NetworkLikeDatasets implements DatasetSource {
        @Override
        public List<Dataset> datasets() {
            return List.of(new Dataset("The network", "Ties as GraphML", "Every tie, for Gephi.",
                    "/datasets/test-network.graphml", "application/graphml+xml", "GraphML"));
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.test.extra-dataset", "true");
        properties.put("patchwork.datasets.licence", "Open Government Licence v3.0");
        properties.put("patchwork.datasets.licence-url",
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        return properties;
    }

    @Test
    void theDatasetsPageListsEverySourceBySectionWithItsFormatAndTheLicence() {
        HttpResponse<String> response = http().get("/datasets", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h2").eachText()).contains("Community assets", "Open Referral UK", "The network");
        Map<String, Element> links = new HashMap<>();
        page.select(".dataset a").forEach(link -> links.put(link.attr("href"), link));
        assertThat(links).containsKeys("/datasets/assets.geojson", "/datasets/assets.csv", "/openreferral/services",
                "/openreferral/service_at_locations", "/openreferral/taxonomy_terms", "/datasets/test-network.graphml");
        assertThat(links.get("/datasets/assets.geojson").attr("type")).isEqualTo("application/geo+json");
        assertThat(links.get("/datasets/test-network.graphml").text()).isEqualTo("Ties as GraphML");
        assertThat(links.get("/datasets/test-network.graphml").parent().select(".dataset__format").text())
                .isEqualTo("GraphML");
        Element licence = page.selectFirst("#datasets-licence a[rel=license]");
        assertThat(licence).isNotNull();
        assertThat(licence.text()).isEqualTo("Open Government Licence v3.0");
    }

    @Test
    void theHomePageAnnouncesEachDatasetAsAnAlternateAndLinksToTheList() {
        Document home = Jsoup.parse(http().get("/", "text/html").body());
        Map<String, Element> alternates = new HashMap<>();
        home.select("head link[rel=alternate]").forEach(link -> alternates.put(link.attr("href"), link));
        Element geoJson = alternates.get(baseUrl() + "/datasets/assets.geojson");
        assertThat(geoJson).isNotNull();
        assertThat(geoJson.attr("type")).isEqualTo("application/geo+json");
        assertThat(geoJson.attr("title")).isEqualTo("Community assets as GeoJSON");
        assertThat(alternates.get(baseUrl() + "/datasets/assets.csv").attr("type")).isEqualTo("text/csv");
        assertThat(alternates.get(baseUrl() + "/openreferral/services").attr("type")).isEqualTo("application/json");
        assertThat(alternates.get(baseUrl() + "/datasets/test-network.graphml").attr("title"))
                .isEqualTo("Ties as GraphML");
        assertThat(home.select("footer a[href=/datasets]")).hasSize(1);
    }
}
