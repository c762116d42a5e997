package london.patchwork.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import london.patchwork.federation.fetch.testing.JsonMutations;
import london.patchwork.federation.fetch.testing.TestJson;
import org.junit.jupiter.api.Test;

class JrdTest {

    private static final ObjectMapper JSON = TestJson.MAPPER;

    static JsonNode fixture(String name) {
        return TestJson.fixture("webfinger/" + name);
    }

    @Test
    void readsEveryPartOfAJrd() throws Exception {
        Jrd jrd = Jrd.parse(fixture("hackney-hub.json"));

        assertThat(jrd.subject()).isEqualTo("acct:hackney@hackney.hub.example");
        assertThat(jrd.aliases()).containsExactly("https://hackney.hub.example/@hackney",
                "https://hackney.hub.example/actors/hackney");
        assertThat(jrd.properties()).containsEntry("https://patchwork.example/ns#kind", "hub")
                .containsEntry("https://patchwork.example/ns#unset", null);
        assertThat(jrd.links()).hasSize(4);
        assertThat(jrd.links(Jrd.REL_PROFILE_PAGE).get(0).titles()).containsEntry("en", "Hackney community hub");
        assertThat(jrd.activityPubActor()).contains(URI.create("https://hackney.hub.example/actors/hackney"));
        assertThat(jrd.profilePage()).contains(URI.create("https://hackney.hub.example/@hackney"));
        assertThat(jrd.subscribeTemplate()).contains("https://hackney.hub.example/interact?uri={uri}");
        assertThat(jrd.subjectAcct().map(Acct::toString)).contains("hackney@hackney.hub.example");
    }

    @Test
    void fillsTheRemoteInteractionTemplateWithAnEncodedUri() throws Exception {
        Jrd jrd = Jrd.parse(fixture("hackney-hub.json"));

        assertThat(jrd.remoteInteractionUrl(URI.create("https://other.example/notes/1?a=b&c=d")))
                .contains(URI.create("https://hackney.hub.example/interact?uri=https%3A%2F%2Fother.example%2Fnotes%2F1%3Fa%3Db%26c%3Dd"));
    }

    @Test
    void ignoresSelfLinksThatAreNotActivityPubOrNotHttp() throws Exception {
        Jrd jrd = Jrd.parse(fixture("self-link-html-only.json"));

        assertThat(jrd.links(Jrd.REL_SELF)).hasSize(2);
        assertThat(jrd.activityPubActor()).isEmpty();
        assertThat(jrd.remoteInteractionUrl(URI.create("https://x.example/"))).isEmpty();
    }

    @Test
    void roundTripsWhatAServerPublishes() throws Exception {
        Acct acct = Acct.parse("@hackney@hackney.hub.example");
        Jrd published = Jrd.forActor(acct, URI.create("https://hackney.hub.example/actors/hackney"),
                URI.create("https://hackney.hub.example/@hackney"), "https://hackney.hub.example/interact?uri={uri}");

        Jrd read = Jrd.parse(JSON.readTree(JSON.writeValueAsString(published.toJson())));

        assertThat(read).isEqualTo(published);
        assertThat(read.activityPubActor()).contains(URI.create("https://hackney.hub.example/actors/hackney"));
        assertThat(published.toJson().get("links").get(1).get("type").asText()).isEqualTo("application/activity+json");
    }

    @Test
    void rejectsDocumentsWithoutTheRequiredShape() {
        for (String json : new String[] {"[]", "\"acct:a@b\"", "{}", "{\"subject\":5}", "{\"subject\":\" \"}",
                "{\"subject\":\"acct:a@b.example\",\"links\":[5]}", "{\"subject\":\"acct:a@b.example\",\"links\":[{}]}",
                "{\"subject\":\"acct:a@b.example\",\"links\":[{\"rel\":[\"self\"]}]}"}) {
            assertThatThrownBy(() -> Jrd.parse(JSON.readTree(json))).as(json).isInstanceOf(WebFingerException.class);
        }
    }

    @Test
    void toleratesHarmlessVariations() throws Exception {
        Jrd jrd = Jrd.parse(JSON.readTree("{\"subject\":\"acct:a@b.example\",\"aliases\":\"https://b.example/a\","
                + "\"links\":null,\"extra\":{\"x\":1}}"));

        assertThat(jrd.aliases()).containsExactly("https://b.example/a");
        assertThat(jrd.links()).isEmpty();
    }

    @Test
    void thousandsOfDamagedJrdsRaiseOnlyTheTypedException() throws Exception {
        JsonNode original = fixture("hackney-hub.json");
        int parsed = 0;
        int refused = 0;
        for (JsonNode damaged : new JsonMutations(7).of(original, 2000)) {
            try {
                Jrd jrd = Jrd.parse(damaged);
                jrd.activityPubActor();
                jrd.remoteInteractionUrl(URI.create("https://x.example/"));
                jrd.subjectAcct();
                parsed++;
            } catch (WebFingerException expected) {
                refused++;
            }
        }
        assertThat(parsed + refused).isEqualTo(2000);
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }
}
