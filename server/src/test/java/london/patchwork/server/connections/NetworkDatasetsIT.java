package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.site.DatasetSource;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The network's datasets parsed as their readers would: CSV, Kumu JSON and GraphML (by a real XML parser). */
@MicronautTest(transactional = false)
class NetworkDatasetsIT extends HubTest {

    @Inject
    NetworkFiguresCache cache;

    @Inject
    List<DatasetSource> sources;

    private NetworkFixture fixture;

    @BeforeAll
    void network() {
        fixture = NetworkFixture.build(TestMembers.ADA.join(baseUrl()));
        cache.figures();
        await().atMost(Duration.ofSeconds(30)).until(() -> !cache.stale());
    }

    private String bank() {
        return baseUrl() + "/assets/" + fixture.hackney.getFirst();
    }

    @Test
    void theConnectionsCsvHasTheSharedHeaderAndARowPerTie() {
        HttpResponse<String> csv = http().get("/datasets/connections.csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,type,subject,subject_name,object,object_name,mutual,strength,note,url,"
                + "created_at");
        assertThat(lines).hasSize(1 + 6 + 6 + 1 + 1);
        assertThat(csv.body()).containsPattern("\\d+,funds," + bank() + ",Hackney Food Bank," + baseUrl()
                + "/assets/\\d+,Lambeth Larder,false,3,\"since 2024, weekly\"," + baseUrl()
                + "/connections/\\d+,20\\d\\d-");
    }

    @Test
    void theKumuJsonHasElementsWithMetricsAndConnections() {
        JsonNode kumu = HttpProbe.json(http().get("/datasets/network.kumu.json", "application/json"));
        Map<String, JsonNode> elements = new HashMap<>();
        kumu.get("elements").forEach(element -> elements.put(element.get("id").asText(), element));
        assertThat(elements).hasSize(9);
        JsonNode bank = elements.get(bank());
        assertThat(bank.get("label").asText()).isEqualTo("Hackney Food Bank");
        assertThat(bank.get("type").asText()).isEqualTo("organisation");
        assertThat(bank.get("category").asText()).isEqualTo("associations");
        assertThat(bank.get("degree").asInt()).isEqualTo(4);
        assertThat(bank.get("core").asInt()).isEqualTo(3);
        assertThat(bank.get("betweenness").asDouble()).isGreaterThan(0.5);
        assertThat(elements.values()).anySatisfy(element -> assertThat(element.get("type").asText())
                .isEqualTo("member"));
        List<JsonNode> funds = new ArrayList<>();
        kumu.get("connections").forEach(connection -> {
            if (connection.get("type").asText().equals("funds")) {
                funds.add(connection);
            }
        });
        assertThat(kumu.get("connections")).hasSize(14);
        assertThat(funds).singleElement().satisfies(tie -> {
            assertThat(tie.get("from").asText()).isEqualTo(bank());
            assertThat(tie.get("direction").asText()).isEqualTo("directed");
            assertThat(tie.get("description").asText()).isEqualTo("since 2024, weekly");
        });
    }

    @Test
    void theGraphmlOpensInAnXmlParserWithKeysAndANodesMetrics() throws Exception {
        HttpResponse<String> response = http().get("/datasets/network.graphml", "application/graphml+xml");
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        List<String> keys = new ArrayList<>();
        NodeList keyElements = document.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            Element key = (Element) keyElements.item(i);
            keys.add(key.getAttribute("for") + ":" + key.getAttribute("attr.name"));
        }
        assertThat(keys).contains("node:label", "node:kind", "node:category", "node:url", "node:degree",
                "node:betweenness", "node:closeness", "node:clustering", "node:core", "node:community",
                "edge:type", "edge:mutual", "edge:strength");
        Element graph = (Element) document.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        Map<String, String> bank = new HashMap<>();
        NodeList nodes = document.getElementsByTagNameNS(ns, "node");
        assertThat(nodes.getLength()).isEqualTo(9);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (node.getAttribute("id").equals(bank())) {
                NodeList data = node.getElementsByTagNameNS(ns, "data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element datum = (Element) data.item(j);
                    bank.put(datum.getAttribute("key"), datum.getTextContent());
                }
            }
        }
        assertThat(bank).containsEntry("label", "Hackney Food Bank").containsEntry("degree", "4")
                .containsEntry("core", "3").containsEntry("kind", "organisation");
        assertThat(Double.parseDouble(bank.get("betweenness"))).isGreaterThan(0.5);
        NodeList edges = document.getElementsByTagNameNS(ns, "edge");
        assertThat(edges.getLength()).isEqualTo(14);
        int directed = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            directed += "true".equals(((Element) edges.item(i)).getAttribute("directed")) ? 1 : 0;
        }
        assertThat(directed).as("funds, and Ada's member-of").isEqualTo(2);
    }

    @Test
    void theDatasetsAreListedForTheDatasetsPage() {
        assertThat(sources.stream().flatMap(source -> source.datasets().stream())
                .map(DatasetSource.Dataset::path)).contains("/datasets/connections.csv",
                "/datasets/network.kumu.json", "/datasets/network.graphml");
    }
}
