package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import london.patchwork.federation.fetch.testing.JsonMutations;
import london.patchwork.federation.fetch.testing.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudienceTest {

    static final ObjectMapper JSON = TestJson.MAPPER;

    static JsonNode fixture(String name) {
        return TestJson.fixture("delivery/" + name);
    }

    @Test
    void readsStringsArraysAndEmbeddedActorsAndDropsTheRest() throws Exception {
        Audience audience = Audience.of(fixture("create-note-followers-only.json"));

        assertThat(audience.to()).containsExactly(URI.create("https://hackney.hub.example/actors/hackney/followers"));
        assertThat(audience.cc()).containsExactly(URI.create("as:Public"), URI.create("https://masto.example/users/carol"));
        assertThat(audience.bcc()).containsExactly(URI.create("https://gts.example/users/dave"));
        assertThat(audience.bto()).isEmpty();
        assertThat(audience.isPublic()).isTrue();
    }

    @Test
    void listsEachAddresseeOnceInAddressingOrder() {
        URI a = URI.create("https://x.example/a");
        URI b = URI.create("https://x.example/b");
        Audience audience = new Audience(java.util.List.of(a), java.util.List.of(b, a), java.util.List.of(),
                java.util.List.of(b), java.util.List.of(URI.create("https://x.example/group")));

        assertThat(audience.all()).containsExactly(a, b, URI.create("https://x.example/group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/ns/activitystreams#Public", "http://www.w3.org/ns/activitystreams#Public",
            "as:Public", "Public"})
    void knowsEverySpellingOfPublic(String spelling) {
        assertThat(PublicAddress.isPublic(URI.create(spelling))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/ns/activitystreams#public", "https://example.com/Public", "as:public",
            "https://www.w3.org/ns/activitystreams"})
    void doesNotMistakeLookalikesForPublic(String spelling) {
        assertThat(PublicAddress.isPublic(URI.create(spelling))).isFalse();
    }

    @Test
    void damagedActivitiesNeverThrow() throws Exception {
        int read = 0;
        for (JsonNode damaged : new JsonMutations(11).of(fixture("create-note-followers-only.json"), 2000)) {
            Audience audience = Audience.of(damaged);
            assertThat(audience.all().size()).isLessThanOrEqualTo(5 * Audience.MAX_PER_PROPERTY);
            read++;
        }
        assertThat(read).isEqualTo(2000);
    }
}
