package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VocabExceptionTest {

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    private void assertRejected(String doc, VocabException.Reason reason) {
        assertThatThrownBy(() -> json.read(doc.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(VocabException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void everyFailureIsClassified() {
        assertRejected("{\"type\": \"Note\"", VocabException.Reason.MALFORMED_JSON);
        assertRejected("[]", VocabException.Reason.NOT_AN_OBJECT);
        assertRejected("{\"a\":" .repeat(100) + "1" + "}".repeat(100), VocabException.Reason.LIMIT_EXCEEDED);
        assertRejected("{\"@context\": 7, \"type\": \"Note\"}", VocabException.Reason.INVALID_JSON_LD);
        assertRejected("{\"type\": \"Note\", \"id\": 42}", VocabException.Reason.INVALID_VALUE);
        assertRejected("{\"type\": 42}", VocabException.Reason.INVALID_VALUE);
        assertRejected("{\"type\": \"Note\", \"id\": \"https://a.example/%zz\"}", VocabException.Reason.INVALID_VALUE);
        assertRejected("{\"type\": \"Follow\", \"actor\": \"::not an iri::\"}", VocabException.Reason.INVALID_VALUE);
    }

    @Test
    void askingForTheWrongTypeSaysSo() {
        assertThatThrownBy(() -> json.read("{\"type\": \"Note\"}".getBytes(StandardCharsets.UTF_8), Follow.class))
                .isInstanceOfSatisfying(VocabException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VocabException.Reason.UNEXPECTED_TYPE);
                    assertThat(e).hasMessageContaining("Follow").hasMessageContaining("Note");
                });
    }

    @Test
    void decodeRejectsSeveralTopLevelObjects() {
        var graph = json.toJson(Tombstone.of(java.net.URI.create("https://a.example/1")));
        graph.putArray("@graph");
        assertThatThrownBy(() -> json.decode(graph)).isInstanceOf(VocabException.class);
    }
}
