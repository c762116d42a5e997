package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.JsonInput;
import london.patchwork.federation.jsonld.JsonLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {

    private final JsonInput input = new JsonInput(JsonLimits.DEFAULT);

    private ObjectNode parse(String json) {
        return input.parseObject(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsIdTypeAndActorOfAMastodonDelivery() {
        Envelope envelope = Envelope.read(input.parseObject(
                SharedFixtures.own("mastodon.example/users/ada/statuses/110/activity.json")));

        assertThat(envelope.type()).isEqualTo("Create");
        assertThat(envelope.id().getScheme()).isEqualTo("https");
        assertThat(envelope.actor().getHost()).isEqualTo(envelope.id().getHost());
    }

    @Test
    void anEmbeddedActorGivesItsIdAndATypeArrayItsFirstType() {
        Envelope envelope = Envelope.read(parse("""
                {"id": "https://a.example/f/1", "type": ["Follow", "Thing"],
                 "actor": {"type": "Person", "id": "https://a.example/u/ann"}, "object": "https://b.example/g"}"""));

        assertThat(envelope).isEqualTo(new Envelope(URI.create("https://a.example/f/1"), "Follow",
                URI.create("https://a.example/u/ann")));
        assertThat(Envelope.read(parse("""
                {"id": "http://a.example/f/1", "type": "Follow", "actor": ["https://a.example/u/ann"]}""")).actor())
                .hasToString("https://a.example/u/ann");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"urn:uuid:1\", \"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"/f/1\", \"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https:///f/1\", \"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://exa mple.org/a#b#c%zz\", \"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": 5, \"type\": \"Follow\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://a.example/f/1\", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": 5, \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": [], \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \" \", \"actor\": \"https://a.example/u/ann\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\", \"actor\": \"acct:ann@a.example\"}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\", \"actor\": {\"type\": \"Person\"}}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\", \"actor\": {\"id\": 5}}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\", \"actor\": [\"https://a.example/u/a\", \"https://a.example/u/b\"]}",
            "{\"id\": \"https://a.example/f/1\", \"type\": \"Follow\", \"actor\": \"https://exa mple.org/u\"}"
    })
    void refusesAnActivityWithoutAUsableIdTypeOrActor(String json) {
        assertThatThrownBy(() -> Envelope.read(parse(json)))
                .isInstanceOfSatisfying(VocabException.class,
                        e -> assertThat(e.reason()).isEqualTo(VocabException.Reason.INVALID_VALUE))
                .hasMessageStartingWith("an activity needs an id, a type and an actor: its ");
    }
}
