package london.patchwork.federation.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.federation.conformance.SharedFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLdNormaliserTest {

    private final JsonLdNormaliser normaliser = JsonLdNormaliser.withDefaultLimits();
    private final JsonInput input = new JsonInput(JsonLimits.DEFAULT);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private boolean standard(String json) {
        return normaliser.isStandard(input.parseObject(utf8(json)));
    }

    @Test
    void prefixedTermsKeywordFormsAndFullIrisBecomeCanonicalNames() {
        var result = normaliser.normalise(SharedFixtures.own("prefixed.example/notes/1.json"));
        JsonNode json = result.json();
        assertThat(result.path()).isEqualTo(JsonLdNormaliser.Path.FULL);
        assertThat(json.get("id").asText()).isEqualTo("https://prefixed.example/notes/1");
        assertThat(json.get("type").asText()).isEqualTo("Note");
        assertThat(json.get("attributedTo").asText()).isEqualTo("https://prefixed.example/users/bo");
        assertThat(json.get("content").asText()).isEqualTo("Spelled every way JSON-LD allows");
        assertThat(json.get("sensitive").asBoolean()).isTrue();
        assertThat(json.get("published").asText()).isEqualTo("2025-02-01T08:00:00Z");
        assertThat(json.has("@context")).isFalse();
    }

    @Test
    void unknownContextsAreDroppedNotFetchedAndTheCoreFieldsSurvive() {
        var result = normaliser.normalise(SharedFixtures.own("unknown-context.example/notes/1.json"));
        assertThat(result.droppedContexts()).containsExactly("https://unknown-context.example/ns/v7.jsonld");
        assertThat(result.json().get("type").asText()).isEqualTo("Note");
        assertThat(result.json().get("content").asText()).isEqualTo("Our context is not bundled anywhere");
        assertThat(result.json().get("attributedTo").asText()).isEqualTo("https://unknown-context.example/users/cy");
        assertThat(result.json().get("sparkle").asInt()).isEqualTo(11);
        assertThat(result.json().get("https://unknown-context.example/ns#mood").asText()).isEqualTo("hopeful");
    }

    @Test
    void documentWithOnlyAnUnknownContextStillYieldsItsActivityStreamsFields() {
        var result = normaliser.normalise(utf8("""
                {"@context": "https://nowhere.example/context.jsonld", "id": "https://a.example/1",
                 "type": "Follow", "actor": "https://a.example/u", "object": "https://b.example/g"}"""));
        assertThat(result.droppedContexts()).containsExactly("https://nowhere.example/context.jsonld");
        assertThat(result.json().get("type").asText()).isEqualTo("Follow");
        assertThat(result.json().get("actor").asText()).isEqualTo("https://a.example/u");
        assertThat(result.json().get("object").asText()).isEqualTo("https://b.example/g");
    }

    @Test
    void mobilizonContextIsNormalised() {
        var result = normaliser.normalise(SharedFixtures.own("mobilizon.example/events/ceilidh.json"));
        JsonNode json = result.json();
        assertThat(result.path()).isEqualTo(JsonLdNormaliser.Path.FULL);
        // "@language": "und" in the context must not turn names into language maps
        assertThat(json.get("name").asText()).isEqualTo("Community ceilidh at the Round Chapel");
        // sc:location is the ActivityStreams location
        assertThat(json.at("/location/latitude").decimalValue().doubleValue()).isEqualTo(51.5525);
        assertThat(json.at("/location/address/postalCode").asText()).isEqualTo("E5 0LY");
        assertThat(json.get("ical:status").asText()).isEqualTo("CONFIRMED");
        assertThat(json.get("uuid").asText()).isEqualTo("5d1c2a8e-6f3b-4c9a-9d0e-2b7f4a1c8e30");
        assertThat(json.get("startTime").asText()).isEqualTo("2025-05-17T19:00:00+01:00");
    }

    @Test
    void goToSocialStyleContextListIsServedFromTheJar() {
        var result = normaliser.normalise(SharedFixtures.own("gotosocial.example/users/turtle.json"));
        assertThat(result.droppedContexts()).isEmpty();
        assertThat(result.json().get("manuallyApprovesFollowers").asBoolean()).isTrue();
        assertThat(result.json().get("name").asText()).isEqualTo("A slow turtle");
        assertThat(result.json().at("/attachment/type").asText()).isEqualTo("PropertyValue");
    }

    @Test
    void contextlessDocumentsGetTheCanonicalMeaning() {
        byte[] lemmy = SharedFixtures.own("lemmy.example/c/gardening.json");
        var fast = normaliser.normalise(lemmy);
        var full = normaliser.normalise(lemmy, JsonLdNormaliser.Strategy.FULL);
        assertThat(fast.path()).isEqualTo(JsonLdNormaliser.Path.FAST);
        assertThat(full.json().get("postingRestrictedToMods").asBoolean()).isTrue();
        assertThat(full.json().get("moderators").asText()).isEqualTo("https://lemmy.example/c/gardening/moderators");
    }

    @Test
    void mastodonTrafficTakesTheFastPath() {
        var result = normaliser.normalise(SharedFixtures.own("mastodon.example/users/ada/statuses/110/activity.json"));
        assertThat(result.path()).isEqualTo(JsonLdNormaliser.Path.FAST);
        assertThat(result.json().has("@context")).isFalse();
    }

    @Test
    void standardShapeNeedsContextsAndKeysTheCanonicalContextAgreesWith() {
        assertThat(standard("{\"type\": \"Note\"}")).isTrue();
        assertThat(standard("{\"@context\": [\"https://www.w3.org/ns/activitystreams\", {\"sensitive\": \"as:sensitive\"}], \"sensitive\": true}")).isTrue();
        assertThat(standard("{\"@context\": {\"Device\": \"toot:Device\", \"toot\": \"http://joinmastodon.org/ns#\"}, \"type\": \"Note\"}")).isTrue();
        assertThat(standard("{\"ical:status\": \"CONFIRMED\"}")).isTrue();

        assertThat(standard("{\"@context\": {\"sensitive\": \"https://example.org/sensitive\"}, \"sensitive\": true}")).isFalse();
        assertThat(standard("{\"@context\": {\"EncryptedMessage\": \"toot:EncryptedMessage\"}, \"type\": \"Note\"}")).isTrue();
        assertThat(standard("{\"@context\": {\"EncryptedMessage\": \"toot:EncryptedMessage\"}, \"type\": \"EncryptedMessage\"}")).isFalse();
        assertThat(standard("{\"@context\": {\"sensitive\": \"https://example.org/ns#\"}, \"to\": \"sensitive:x\"}")).isFalse();
        assertThat(standard("{\"@context\": {\"toot\": \"https://example.org/toot#\"}}")).isFalse();
        assertThat(standard("{\"@context\": {\"@language\": \"en\"}}")).isFalse();
        assertThat(standard("{\"@context\": {\"mood\": \"https://example.org/mood\"}, \"mood\": 1}")).isFalse();
        assertThat(standard("{\"@context\": {\"Mood\": \"https://example.org/Mood\"}, \"type\": \"Mood\"}")).isFalse();
        assertThat(standard("{\"@context\": \"https://join-lemmy.org/context.json\"}")).isFalse();
        assertThat(standard("{\"as:sensitive\": true}")).isFalse();
        assertThat(standard("{\"https://www.w3.org/ns/activitystreams#name\": \"x\"}")).isFalse();
        assertThat(standard("{\"@id\": \"https://a.example/1\"}")).isFalse();
        assertThat(standard("{\"type\": \"as:Note\"}")).isFalse();
        assertThat(standard("{\"object\": {\"@context\": {\"x\": \"https://example.org/x\"}, \"x\": 1}}")).isFalse();
    }

    @Test
    void invalidJsonLdIsATypedError() {
        assertJsonLdRejected("{\"@context\": 5, \"type\": \"Note\"}");
        assertJsonLdRejected("{\"@context\": {\"@version\": 2}, \"type\": \"Note\"}");
        assertJsonLdRejected("{\"@context\": [\"https://w3id.org/security/multikey/v1\", {\"Multikey\": \"https://evil.example/k\"}], \"type\": \"Multikey\"}");
        assertJsonLdRejected("{\"@context\": {\"a\": \"b:x\", \"b\": \"a:x\"}, \"a\": 1}");
    }

    @Test
    void longChainsOfTermDefinitionsFailWithATypedError() {
        StringBuilder context = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            context.append("\"t").append(i).append("\":\"t").append(i + 1).append(":x\",");
        }
        context.append("\"t20000\":\"https://example.org/\"}");
        byte[] doc = utf8("{\"@context\":" + context + ",\"t0\":1,\"type\":\"Note\"}");
        assertThatThrownBy(() -> normaliser.normalise(doc)).isInstanceOf(JsonLdException.class);
    }

    @Test
    void slowProcessingHitsTheDeadline() {
        JsonLdNormaliser impatient = new JsonLdNormaliser(new JsonLimits(1 << 20, 64, 1 << 16, 1_000_000, 100_000, Duration.ofNanos(1)));
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            to.append(i == 0 ? "" : ",").append("\"https://a.example/u/").append(i).append('"');
        }
        byte[] doc = utf8("{\"@context\": \"https://join-lemmy.org/context.json\", \"type\": \"Note\", \"to\": [" + to + "]}");
        assertThatThrownBy(() -> impatient.normalise(doc))
                .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.TIMEOUT));
    }

    @Test
    void tooManyIrisForTheJsonLdPathAreALimitNotMinutesOfWork() {
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            to.append(i == 0 ? "" : ",").append("\"https://a.example/u/").append(i).append('"');
        }
        String body = "\"type\": \"Note\", \"to\": [" + to + "]}";
        byte[] lemmy = utf8("{\"@context\": \"https://join-lemmy.org/context.json\", " + body);
        assertThatThrownBy(() -> normaliser.normalise(lemmy))
                .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.LIMIT_EXCEEDED));
        // The fast path has no such cost, so standard documents keep their long lists.
        assertThat(normaliser.normalise(utf8("{" + body)).json().get("to")).hasSize(12_000);
    }

    private void assertJsonLdRejected(String json) {
        assertThatThrownBy(() -> normaliser.normalise(utf8(json)))
                .isInstanceOfSatisfying(JsonLdException.class,
                        e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.INVALID_JSON_LD));
    }
}
