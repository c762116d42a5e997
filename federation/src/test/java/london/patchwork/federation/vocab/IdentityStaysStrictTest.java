package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What identity and safety need is never read leniently: a document whose own id or type, an
 * activity's actor, an object's author, an actor's inbox or key is malformed is refused with
 * {@link VocabException}, on both normalisation paths. (A server reading an actor turns that into its
 * own refusal, e.g. NOT_AN_ACTOR.)
 */
class IdentityStaysStrictTest {

    private static final String AS = "\"@context\": \"https://www.w3.org/ns/activitystreams\"";
    private static final String BAD_IRI = "https://exa mple.org/a#b#c%zz";

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    private void refused(String doc, Strategy strategy) {
        assertThatThrownBy(() -> json.read(("{" + AS + ", " + doc + "}").getBytes(StandardCharsets.UTF_8), strategy))
                .as(doc).isInstanceOf(VocabException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aDocumentsOwnIdAndType(Strategy s) {
        refused("\"type\": \"Note\", \"id\": \"" + BAD_IRI + "\"", s);
        refused("\"type\": \"Note\", \"id\": 42", s);
        refused("\"type\": \"Note\", \"id\": {\"junk\": true}", s);
        refused("\"id\": \"https://a.example/n/1\", \"content\": \"no type\"", s);
        refused("\"id\": \"https://a.example/n/1\", \"type\": 5", s);
        refused("\"id\": \"https://a.example/n/1\", \"type\": {\"junk\": true}", s);
        refused("\"id\": \"https://a.example/n/1\", \"type\": [\"Note\", 5]", s);
        refused("\"id\": \"https://a.example/n/1\", \"type\": []", s);
        refused("\"id\": \"https://a.example/n/1\", \"type\": null", s);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void anActivitysActor(Strategy s) {
        String follow = "\"type\": \"Follow\", \"id\": \"https://a.example/f/1\", \"object\": \"https://b.example/g\", ";
        refused(follow + "\"actor\": \"" + BAD_IRI + "\"", s);
        refused(follow + "\"actor\": [\"https://a.example/u/ann\", \"" + BAD_IRI + "\"]", s);
        refused(follow + "\"actor\": {\"type\": \"Person\", \"id\": \"" + BAD_IRI + "\"}", s);
        refused(follow + "\"actor\": {\"type\": \"Person\", \"id\": 5}", s);
        refused(follow + "\"actor\": 5", s);
        refused("\"type\": \"Block\", \"id\": \"https://a.example/b/1\", \"actor\": \"" + BAD_IRI + "\"", s);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void anObjectsAuthor(Strategy s) {
        refused("\"type\": \"Note\", \"id\": \"https://a.example/n/1\", \"attributedTo\": \"" + BAD_IRI + "\"", s);
        refused("\"type\": \"Note\", \"id\": \"https://a.example/n/1\", \"attributedTo\": true", s);
        // An embedded object under an identity property: its own broken identity refuses the document.
        refused("\"type\": \"Create\", \"id\": \"https://a.example/c/1\", \"actor\": {\"type\": \"Person\","
                + " \"id\": \"https://a.example/u/ann\", \"inbox\": \"" + BAD_IRI + "\"}", s);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void anActorsInboxAndKeys(Strategy s) {
        String person = "\"type\": \"Person\", \"id\": \"https://a.example/u/ann\", ";
        refused(person + "\"inbox\": \"" + BAD_IRI + "\"", s);
        refused(person + "\"inbox\": {\"junk\": true}", s);
        refused(person + "\"inbox\": [\"https://a.example/u/ann/inbox\", \"https://a.example/other/inbox\"]", s);
        refused(person + "\"inbox\": 5", s);
        refused(person + "\"publicKey\": {\"id\": \"" + BAD_IRI + "\", \"owner\": \"https://a.example/u/ann\"}", s);
        refused(person + "\"publicKey\": {\"id\": \"https://a.example/u/ann#k\", \"owner\": \"" + BAD_IRI + "\"}", s);
        refused(person + "\"publicKey\": {\"id\": \"https://a.example/u/ann#k\", \"owner\": \"https://a.example/u/ann\","
                + " \"publicKeyPem\": 5}", s);
        refused(person + "\"publicKey\": \"" + BAD_IRI + "\"", s);
        refused(person + "\"assertionMethod\": [{\"id\": \"https://a.example/u/ann#ed\", \"type\": \"Multikey\","
                + " \"controller\": \"" + BAD_IRI + "\", \"publicKeyMultibase\": \"z6Mk\"}]", s);
        refused(person + "\"assertionMethod\": [{\"id\": \"https://a.example/u/ann#ed\", \"type\": \"Multikey\","
                + " \"controller\": \"https://a.example/u/ann\", \"publicKeyMultibase\": {\"junk\": true}}]", s);
    }
}
