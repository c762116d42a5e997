package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values JSON-LD gives a meaning of its own (a literal among references, a list object, a list of
 * lists): both paths read them the same way, and what is read is written back so that it reads again
 * to an equal record.
 */
class OddValuesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    private ApObject read(String doc, Strategy strategy) {
        return json.read(doc.getBytes(StandardCharsets.UTF_8), strategy);
    }

    private ApObject roundTrip(ApObject record) {
        return json.read(json.write(record));
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"FAST", "FULL"})
    void aNumberAmongRecipientsLeavesTheOthersTypedAndIsKeptAside(Strategy strategy) throws Exception {
        Create create = (Create) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Create",
                 "id": "https://a.example/c/1", "actor": "https://a.example/u/ann",
                 "cc": ["as:Public", {"id": "https://b.example/u/bo", "type": "Person"}, 42, "https://c.example/u/cy"]}""",
                strategy);

        assertThat(create.fields().cc()).extracting(Ref::id).containsExactly(Addressing.PUBLIC,
                URI.create("https://b.example/u/bo"), URI.create("https://c.example/u/cy"));
        assertThat(create.fields().isPublic()).isTrue();
        assertThat(create.extra().names()).containsExactly("as:cc");
        assertThat(create.extra().get("as:cc").orElseThrow().intValue()).isEqualTo(42);

        JsonNode written = MAPPER.readTree(json.write(create));
        assertThat(written.get("cc")).hasSize(3);
        assertThat(written.get("as:cc").intValue()).isEqualTo(42);
        assertThat(roundTrip(create)).isEqualTo(create);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"FAST", "FULL"})
    void aSingleIriBesideABooleanStillReads(Strategy strategy) {
        Person person = (Person) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Person", "id": "https://a.example/u/ann",
                 "inbox": ["https://a.example/u/ann/inbox", true]}""", strategy);

        assertThat(person.actorFields().inbox()).hasToString("https://a.example/u/ann/inbox");
        assertThat(person.extra().get("ldp:inbox").orElseThrow().booleanValue()).isTrue();
        assertThat(roundTrip(person)).isEqualTo(person);
    }
}
