package london.patchwork.server.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Kumu network imported: elements as assets, connections as ties between them named by id or by label, in one
 * transaction; a connection to an element the file lacks rejects the file and nothing is stored.
 */
@MicronautTest(transactional = false)
class KumuImportIT extends HubTest {

    @Inject
    ImportService service;

    private ImportRequests imports;

    @BeforeAll
    void setUp() {
        imports = ImportRequests.of(http(), getProperties());
    }

    @Test
    void elementsBecomeAssetsAndConnectionsTiesByIdOrByLabel() {
        long tiesBefore = imports.count("ties");
        HttpResponse<String> response = imports.post("?format=kumu", "application/json", """
                {"elements": [
                  {"id": "https://other.example/assets/12", "label": "Dalston Food Bank", "type": "organisation",
                   "category": "associations", "tags": ["food"], "degree": 2, "betweenness": 0.5},
                  {"id": "https://other.example/assets/15", "label": "Advice Centre", "type": "service",
                   "category": "institutions"},
                  {"label": "Community Kitchen", "type": "place"},
                  {"id": "https://other.example/users/ada", "label": "Ada", "type": "member"}],
                 "connections": [
                  {"id": "https://other.example/connections/7", "from": "https://other.example/assets/12",
                   "to": "https://other.example/assets/15", "type": "refers-to", "direction": "directed",
                   "strength": 4, "description": "sends people for benefits advice"},
                  {"from": "Dalston Food Bank", "to": "Community Kitchen", "type": "partners-with"},
                  {"from": "https://other.example/users/ada", "to": "Community Kitchen", "type": "member-of"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode report = HttpProbe.json(response);
        assertThat(report.get("assets").asInt()).isEqualTo(3);
        assertThat(report.get("connections").asInt()).isEqualTo(2);
        assertThat(report.get("warnings")).hasSize(2);
        assertThat(imports.count("ties")).isEqualTo(tiesBefore + 2);

        String foodBank = id("Dalston Food Bank");
        JsonNode ties = HttpProbe.json(http().get("/api/patchwork/connections?asset=" + foodBank, "application/json"));
        assertThat(StreamSupport.stream(ties.spliterator(), false).map(tie -> tie.get("type").asText()))
                .containsExactlyInAnyOrder("refers-to", "partners-with");
        JsonNode refers = StreamSupport.stream(ties.spliterator(), false)
                .filter(tie -> tie.get("type").asText().equals("refers-to")).findFirst().orElseThrow();
        assertThat(refers.get("strength").asInt()).isEqualTo(4);
        assertThat(refers.get("mutual").asBoolean()).isFalse();
        assertThat(refers.get("note").asText()).isEqualTo("sends people for benefits advice");
        assertThat(refers.get("object").get("name").asText()).isEqualTo("Advice Centre");
        JsonNode partners = StreamSupport.stream(ties.spliterator(), false)
                .filter(tie -> tie.get("type").asText().equals("partners-with")).findFirst().orElseThrow();
        assertThat(partners.get("mutual").asBoolean()).isTrue();
        assertThat(partners.get("object").get("name").asText()).isEqualTo("Community Kitchen");
    }

    @Test
    void aConnectionToAMissingElementRejectsTheFileAndNothingIsStored() {
        List<Long> before = imports.counts();
        HttpResponse<String> response = imports.post("?format=kumu", "application/json", """
                {"elements": [{"id": "a", "label": "Mural", "type": "place", "category": "culture-stories"},
                              {"id": "b", "label": "Mural", "type": "place", "category": "culture-stories"}],
                 "connections": [{"from": "a", "to": "c", "type": "partners-with"},
                                 {"from": "a", "to": "Mural", "type": "partners-with"},
                                 {"from": "a", "to": "b", "type": "knows"},
                                 {"from": "a", "to": "a", "type": "partners-with"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode report = HttpProbe.json(response);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(report.get("rejections").toString())
                .contains("{\"connection\":0,\"field\":\"to\",\"message\":\"no element has the id or label \\\"c\\\"\"}")
                .contains("{\"connection\":1,\"field\":\"to\",\"message\":\"2 elements have the label \\\"Mural\\\": "
                        + "name one by its id\"}")
                .contains("{\"connection\":2,\"field\":\"type\"")
                .contains("{\"connection\":3,\"field\":\"to\",\"message\":\"a connection joins two different ends\"}");
        assertThat(imports.counts()).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingLeavesNothingHalfImported() {
        List<Long> before = imports.counts();
        byte[] network = """
                {"elements": [{"id": "x", "label": "Boxing club", "type": "group", "category": "associations"},
                              {"id": "y", "label": "Youth centre", "type": "place", "category": "physical-spaces"}],
                 "connections": [{"from": "x", "to": "y", "type": "meets-at"}]}""".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.run(ImportFormat.KUMU, network, null, null, Progress.NONE, written -> {
            assertThat(written.assets()).isEqualTo(2);
            throw new IllegalStateException("the hub stopped before the commit");
        })).hasMessage("the hub stopped before the commit");
        assertThat(imports.counts()).isEqualTo(before);
    }

    private String id(String name) {
        JsonNode all = HttpProbe.json(http().get("/api/patchwork/assets?limit=500", "application/json"));
        return StreamSupport.stream(all.spliterator(), false).filter(asset -> asset.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asText();
    }
}
