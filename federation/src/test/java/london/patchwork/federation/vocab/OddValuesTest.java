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

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aListObjectIsNotReadAsAnObjectOfThePositionsType(Strategy strategy) throws Exception {
        // The damaged document that once came back as {"type": "Place", "@list": ...} and read differently.
        Follow follow = (Follow) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Follow", "id": "https://a.example/f/1",
                 "actor": "https://a.example/u/ann", "object": "https://b.example/g/hub",
                 "location": {"@list": "http://[::1"}}""", strategy);

        assertThat(follow.fields().location()).isEmpty();
        assertThat(follow.extra().get("location").orElseThrow().get("@list").asText()).isEqualTo("http://[::1");
        JsonNode written = MAPPER.readTree(json.write(follow));
        assertThat(written.get("location").has("type")).isFalse();
        assertThat(roundTrip(follow)).isEqualTo(follow);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aListObjectInsideAPlaceDoesNotBecomeAPostalAddress(Strategy strategy) throws Exception {
        Place place = (Place) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Place", "id": "https://a.example/p/1",
                 "name": "Round Chapel", "address": {"@list": ["1 Powerscroft Road", "E5 0PU"]}}""", strategy);

        assertThat(place.address()).isNull();
        assertThat(place.addressText()).isNull();
        assertThat(place.extra().get("address").orElseThrow().get("@list")).hasSize(2);
        assertThat(MAPPER.readTree(json.write(place)).get("address").has("type")).isFalse();
        assertThat(roundTrip(place)).isEqualTo(place);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"FAST", "FULL"})
    void aDecimalWithoutFractionalDigitsReadsAsTheIntegerItIsWrittenAs(Strategy strategy) throws Exception {
        Note note = (Note) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "id": "https://a.example/n/1",
                 "cc": ["https://a.example/u/ann", -4.5124068651898056E16], "sparkle": 1.0E1, "ratio": 1.50}""", strategy);

        assertThat(note.extra().get("sparkle").orElseThrow()).isEqualTo(MAPPER.readTree("10"));
        assertThat(note.extra().get("as:cc").orElseThrow()).isEqualTo(MAPPER.readTree("-45124068651898056"));
        assertThat(note.extra().get("ratio").orElseThrow().decimalValue()).hasToString("1.50");
        assertThat(roundTrip(note)).isEqualTo(note);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aLanguageMapKeyThatLooksLikeAKeywordIsKept(Strategy strategy) {
        // JSON-LD reads the key as a language tag; the map cannot be typed, and the extras keep all of it.
        Note note = (Note) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "id": "https://a.example/n/1",
                 "contentMap": {"en": "<p>hi</p>", "@context": ["https://a.example/one", "https://a.example/two"]}}""",
                strategy);

        assertThat(note.fields().contentMap()).isEmpty();
        assertThat(note.extra().get("contentMap").orElseThrow().get("@context")).hasSize(2);
        assertThat(roundTrip(note)).isEqualTo(note);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"FAST", "FULL"})
    void aListOfListsInOrderedItemsIsKeptAsOne(Strategy strategy) throws Exception {
        OrderedCollection collection = (OrderedCollection) read("""
                {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
                 "id": "https://a.example/topic/1", "orderedItems": ["https://a.example/post/1", [0, 1], []]}""",
                strategy);

        assertThat(collection.collection().items()).isEmpty();
        JsonNode kept = collection.extra().get("orderedItems").orElseThrow();
        assertThat(kept.toString()).isEqualTo("[\"https://a.example/post/1\",[0,1],[]]");
        assertThat(roundTrip(collection)).isEqualTo(collection);
    }
}
